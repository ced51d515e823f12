package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentFragment;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;

/**
 * A training job as the API shows it: its settings as {@code PUT} takes them, so what one reads can be put back, when
 * its schedule was switched on and when it was last changed, and its latest run as seen now. A fragment: the answer
 * it is part of opens the object, and may add to it (the result of a {@code PUT}).
 *
 * @param enabledTime when the schedule was switched on; null while it is off
 * @param lastRun     null when the job never ran
 */
public record JobView(String id, JobConfig config, Instant enabledTime, Instant lastUpdateTime, RunStatus lastRun)
    implements Writeable, ToXContentFragment {

    public JobView(StreamInput in) throws IOException {
        this(in.readString(), new JobConfig(in), in.readOptionalInstant(), in.readInstant(), in.readOptionalWriteable(RunStatus::new));
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(id);
        config.writeTo(out);
        out.writeOptionalInstant(enabledTime);
        out.writeInstant(lastUpdateTime);
        out.writeOptionalWriteable(lastRun);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.field("_id", id)
            .field("job", config, params)
            .field("enabled_time", StoredFields.millis(enabledTime))
            .field("last_update_time", lastUpdateTime.toEpochMilli())
            .field("last_run", lastRun, params);
    }
}

package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * Our job type as Job Scheduler knows it.
 *
 * @param registered true once Job Scheduler has loaded our extension on this node
 */
public record JobSchedulerRegistration(String jobType, String jobIndex, boolean registered) implements Writeable, ToXContentObject {

    public JobSchedulerRegistration(StreamInput in) throws IOException {
        this(in.readString(), in.readString(), in.readBoolean());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(jobType);
        out.writeString(jobIndex);
        out.writeBoolean(registered);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("job_type", jobType)
            .field("job_index", jobIndex)
            .field("registered", registered)
            .endObject();
    }
}

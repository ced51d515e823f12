package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.common.xcontent.StatusToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * A rescore started in the background, named by its task (follow it with {@code GET _tasks/<task>}), or one that ran
 * to its end: how many logins it found, scored again, and could not.
 */
public class RescoreResponse extends ActionResponse implements StatusToXContentObject {

    private final String task;
    private final long total;
    private final long rescored;
    private final long versionConflicts;
    private final long tookMillis;
    private final List<String> failures;

    private RescoreResponse(String task, long total, long rescored, long versionConflicts, long tookMillis, List<String> failures) {
        this.task = task;
        this.total = total;
        this.rescored = rescored;
        this.versionConflicts = versionConflicts;
        this.tookMillis = tookMillis;
        this.failures = List.copyOf(failures);
    }

    public static RescoreResponse started(String task) {
        return new RescoreResponse(task, -1, -1, -1, -1, List.of());
    }

    /**
     * @param versionConflicts logins that changed between being read and written back, most often because another
     *                         rescore (a node's own, as a model came in) scored them first; they are left as they are
     */
    public static RescoreResponse done(long total, long rescored, long versionConflicts, long tookMillis, List<String> failures) {
        return new RescoreResponse(null, total, rescored, versionConflicts, tookMillis, failures);
    }

    public RescoreResponse(StreamInput in) throws IOException {
        super(in);
        this.task = in.readOptionalString();
        this.total = in.readLong();
        this.rescored = in.readLong();
        this.versionConflicts = in.readLong();
        this.tookMillis = in.readLong();
        this.failures = in.readStringList();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeOptionalString(task);
        out.writeLong(total);
        out.writeLong(rescored);
        out.writeLong(versionConflicts);
        out.writeLong(tookMillis);
        out.writeStringCollection(failures);
    }

    /** 202 for a rescore still going, 200 for one done. */
    @Override
    public RestStatus status() {
        return task == null ? RestStatus.OK : RestStatus.ACCEPTED;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        if (task != null) {
            return builder.field("task", task).endObject();
        }
        return builder.field("total", total)
            .field("rescored", rescored)
            .field("version_conflicts", versionConflicts)
            .field("took_millis", tookMillis)
            .field("failures", failures)
            .endObject();
    }
}

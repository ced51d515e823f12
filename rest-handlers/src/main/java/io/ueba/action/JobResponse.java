package io.ueba.action;

import org.opensearch.common.xcontent.StatusToXContentObject;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * The answer to a {@link JobRequest}: one job ({@link Shown}), one job just stored ({@link Stored}), the list
 * ({@link Listed}), a deletion ({@link Deleted}) or a run started ({@link RunStarted}). The HTTP status follows from
 * which: 201 for a new job, 202 for a run started, 200 otherwise.
 */
public class JobResponse extends ActionResponse implements StatusToXContentObject {

    /** What a job operation answers. */
    public sealed interface Body extends Writeable, ToXContentObject permits Shown, Stored, Listed, Deleted, RunStarted {

        default RestStatus status() {
            return RestStatus.OK;
        }
    }

    /** The kinds of {@link Body}, each with its reader, in the order the wire numbers them: add new ones at the end. */
    private enum Kind {
        SHOWN(Shown::new),
        STORED(Stored::new),
        LISTED(Listed::new),
        DELETED(Deleted::new),
        RUN_STARTED(RunStarted::new);

        private final Writeable.Reader<Body> reader;

        Kind(Writeable.Reader<Body> reader) {
            this.reader = reader;
        }
    }

    /** A job, as reading it or switching its schedule answers: {@code {"_id", "job", ..., "last_run"}}. */
    public record Shown(JobView job) implements Body {

        Shown(StreamInput in) throws IOException {
            this(new JobView(in));
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            job.writeTo(out);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return job.toXContent(builder.startObject(), params).endObject();
        }
    }

    /** A job a {@code PUT} or {@code _update} stored, and whether it is new: the job's fields and {@code "result"}. */
    public record Stored(JobView job, boolean created) implements Body {

        Stored(StreamInput in) throws IOException {
            this(new JobView(in), in.readBoolean());
        }

        @Override
        public RestStatus status() {
            return created ? RestStatus.CREATED : RestStatus.OK;
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            job.writeTo(out);
            out.writeBoolean(created);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return job.toXContent(builder.startObject(), params).field("result", created ? "created" : "updated").endObject();
        }
    }

    /** Every job, in id order: {@code {"jobs": [...]}}. */
    public record Listed(List<JobView> jobs) implements Body {

        public Listed {
            jobs = List.copyOf(jobs);
        }

        Listed(StreamInput in) throws IOException {
            this(in.readList(JobView::new));
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeList(jobs);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            builder.startObject().startArray("jobs");
            for (JobView job : jobs) {
                job.toXContent(builder.startObject(), params).endObject();
            }
            return builder.endArray().endObject();
        }
    }

    /** {@code {"_id", "result": "deleted"}}. */
    public record Deleted(String id) implements Body {

        Deleted(StreamInput in) throws IOException {
            this(in.readString());
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeString(id);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return builder.startObject().field("_id", id).field("result", "deleted").endObject();
        }
    }

    /** A run of the job started in the background: {@code {"_id", "run_id"}}, which the job's {@code last_run} follows. */
    public record RunStarted(String id, String runId) implements Body {

        RunStarted(StreamInput in) throws IOException {
            this(in.readString(), in.readString());
        }

        @Override
        public RestStatus status() {
            return RestStatus.ACCEPTED;
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeString(id);
            out.writeString(runId);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return builder.startObject().field("_id", id).field("run_id", runId).endObject();
        }
    }

    private final Body body;

    public JobResponse(Body body) {
        this.body = body;
    }

    public JobResponse(StreamInput in) throws IOException {
        super(in);
        this.body = in.readEnum(Kind.class).reader.read(in);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeEnum(switch (body) {
            case Shown shown -> Kind.SHOWN;
            case Stored stored -> Kind.STORED;
            case Listed listed -> Kind.LISTED;
            case Deleted deleted -> Kind.DELETED;
            case RunStarted started -> Kind.RUN_STARTED;
        });
        body.writeTo(out);
    }

    public Body body() {
        return body;
    }

    @Override
    public RestStatus status() {
        return body.status();
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return body.toXContent(builder, params);
    }
}

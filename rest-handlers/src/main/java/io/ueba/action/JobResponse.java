package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.common.xcontent.StatusToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.Map;

/**
 * The answer to a {@link JobRequest}: the HTTP status (201 for a new job, 202 for a run started) and the body, e.g.
 * {@code {"_id", "job": {...}, "last_run": {...}}} for one job or {@code {"jobs": [...]}} for the list.
 */
public class JobResponse extends ActionResponse implements StatusToXContentObject {

    private final RestStatus status;
    private final Map<String, Object> body;

    public JobResponse(RestStatus status, Map<String, Object> body) {
        this.status = status;
        this.body = body;
    }

    public JobResponse(StreamInput in) throws IOException {
        super(in);
        this.status = in.readEnum(RestStatus.class);
        this.body = in.readMap();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeEnum(status);
        out.writeMap(body);
    }

    public Map<String, Object> body() {
        return body;
    }

    @Override
    public RestStatus status() {
        return status;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.map(body);
    }
}

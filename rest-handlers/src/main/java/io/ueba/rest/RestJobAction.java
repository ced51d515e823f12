package io.ueba.rest;

import io.ueba.action.JobAction;
import io.ueba.action.JobConfig;
import io.ueba.action.JobRequest;
import io.ueba.action.JobRequest.Operation;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestStatusToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.io.IOException;
import java.util.List;

/**
 * Training jobs under {@code /_plugins/_ueba/jobs}: {@code PUT /{job_id}} creates or updates one, {@code GET /} lists
 * them, {@code GET /{job_id}} shows one with its latest run's progress, {@code DELETE /{job_id}} deletes it,
 * {@code POST /{job_id}/_start} and {@code /_stop} switch its schedule on and off, {@code POST /{job_id}/_run} runs
 * it now.
 */
public class RestJobAction extends BaseRestHandler {

    private static final String JOB = UebaRestPaths.JOBS + "/{job_id}";

    @Override
    public String getName() {
        return "ueba_jobs";
    }

    @Override
    public List<Route> routes() {
        return List.of(
            new Route(RestRequest.Method.PUT, JOB),
            new Route(RestRequest.Method.GET, JOB),
            new Route(RestRequest.Method.GET, UebaRestPaths.JOBS),
            new Route(RestRequest.Method.DELETE, JOB),
            new Route(RestRequest.Method.POST, JOB + "/_start"),
            new Route(RestRequest.Method.POST, JOB + "/_stop"),
            new Route(RestRequest.Method.POST, JOB + "/_run")
        );
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String jobId = request.param("job_id");
        Operation operation = operation(request);
        JobConfig config = null;
        if (operation == Operation.PUT) {
            if (request.hasContent()) {
                try (XContentParser parser = request.contentParser()) {
                    config = JobConfig.parse(parser);
                }
            } else {
                config = JobConfig.DEFAULTS;
            }
        }
        JobRequest job = new JobRequest(operation, jobId, config);
        return channel -> client.execute(JobAction.INSTANCE, job, new RestStatusToXContentListener<>(channel));
    }

    static Operation operation(RestRequest request) {
        String path = request.path();
        return switch (request.method()) {
            case PUT -> Operation.PUT;
            case DELETE -> Operation.DELETE;
            case GET -> request.param("job_id") == null ? Operation.LIST : Operation.GET;
            default -> path.endsWith("/_start") ? Operation.START : path.endsWith("/_stop") ? Operation.STOP : Operation.RUN;
        };
    }
}

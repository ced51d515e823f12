package io.ueba.rest;

import io.ueba.action.GetJobsAction;
import io.ueba.action.JobAction;
import io.ueba.action.JobConfig;
import io.ueba.action.JobRequest;
import io.ueba.action.JobRequest.Operation;
import io.ueba.action.JobUpdate;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestStatusToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.io.IOException;
import java.util.List;

/**
 * Training jobs under {@code /_plugins/_ueba/jobs}: {@code PUT /{job_id}} creates one or replaces it whole,
 * {@code POST /{job_id}/_update} changes some of its settings, {@code GET /} lists them, {@code GET /{job_id}} shows
 * one with its latest run's progress, {@code DELETE /{job_id}} deletes it, {@code POST /{job_id}/_start} and
 * {@code /_stop} switch its schedule on and off, {@code POST /{job_id}/_run} runs it now.
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
            new Route(RestRequest.Method.POST, JOB + "/_update"),
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
        JobRequest job = switch (operation) {
            case PUT -> new JobRequest(operation, jobId, settings(request));
            case UPDATE -> new JobRequest(jobId, update(request));
            default -> new JobRequest(operation, jobId, null);
        };
        return channel -> client.execute(operation.reads() ? GetJobsAction.INSTANCE : JobAction.INSTANCE, job,
            new RestStatusToXContentListener<>(channel));
    }

    private static JobConfig settings(RestRequest request) throws IOException {
        if (request.hasContent() == false) {
            return JobConfig.DEFAULTS;
        }
        try (XContentParser parser = request.contentParser()) {
            return JobConfig.parse(parser);
        }
    }

    /** The changes as written: which of them are right can only be told once they are merged over the stored job. */
    private static JobUpdate update(RestRequest request) throws IOException {
        if (request.hasContent() == false) {
            throw new IllegalArgumentException("[body] must hold the settings to change, e.g. {\"window\": \"14d\"}");
        }
        try (XContentParser parser = request.contentParser()) {
            return new JobUpdate(parser.mapOrdered());
        }
    }

    static Operation operation(RestRequest request) {
        String path = request.path();
        return switch (request.method()) {
            case PUT -> Operation.PUT;
            case DELETE -> Operation.DELETE;
            case GET -> request.param("job_id") == null ? Operation.LIST : Operation.GET;
            default -> path.endsWith("/_start") ? Operation.START
                : path.endsWith("/_stop") ? Operation.STOP
                : path.endsWith("/_update") ? Operation.UPDATE
                : Operation.RUN;
        };
    }
}

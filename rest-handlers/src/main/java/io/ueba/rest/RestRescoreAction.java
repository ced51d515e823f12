package io.ueba.rest;

import io.ueba.action.RescoreAction;
import io.ueba.action.RescoreRequest;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestStatusToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code POST /_plugins/_ueba/_rescore?index=logins-vpn&from=now-7d&to=now}: scores the logins of the range again with
 * the models in use, through the index's pipeline, in the background (the answer names the task) or, with
 * {@code wait_for_completion=true}, to the end. {@code only_unscored=true} takes only logins indexed before any model, or that the pipeline never reached.
 */
public class RestRescoreAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_rescore";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, UebaRestPaths.RESCORE));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        long now = System.currentTimeMillis();
        String index = request.param("index");
        if (index == null) {
            throw new IllegalArgumentException("[index] is required: the login indices to rescore");
        }
        float requestsPerSecond;
        try {
            requestsPerSecond = request.paramAsFloat("requests_per_second", RescoreRequest.DEFAULT_REQUESTS_PER_SECOND);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[requests_per_second] is not a number: [" + request.param("requests_per_second") + "]", e);
        }
        RescoreRequest rescore = new RescoreRequest(
            index,
            request.param("time_field", RescoreRequest.DEFAULT_TIME_FIELD),
            RestParams.date(request, "from", "now-1d", now),
            RestParams.date(request, "to", "now", now),
            request.paramAsBoolean("only_unscored", false),
            request.param("pipeline"),
            requestsPerSecond,
            request.paramAsBoolean("wait_for_completion", false)
        );
        return channel -> client.execute(RescoreAction.INSTANCE, rescore, new RestStatusToXContentListener<>(channel));
    }
}

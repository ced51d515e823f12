package io.ueba.rest;

import io.ueba.action.GetModelsAction;
import io.ueba.action.GetModelsRequest;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code GET /_plugins/_ueba/models} lists the stored model versions, newest first, marking the one in use;
 * {@code GET /_plugins/_ueba/models/{model_id}} shows one (404 when the store has no such version).
 */
public class RestGetModelsAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_get_models";
    }

    @Override
    public List<Route> routes() {
        return List.of(
            new Route(RestRequest.Method.GET, UebaRestPaths.MODELS),
            new Route(RestRequest.Method.GET, UebaRestPaths.MODELS + "/{model_id}")
        );
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        GetModelsRequest get = new GetModelsRequest(request.param("model_id"));
        return channel -> client.execute(GetModelsAction.INSTANCE, get, new RestToXContentListener<>(channel));
    }
}

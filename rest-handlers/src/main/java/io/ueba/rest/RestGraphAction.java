package io.ueba.rest;

import io.ueba.action.GraphAction;
import io.ueba.action.GraphRequest;
import io.ueba.ml.graph.GraphOrder;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.action.RestToXContentListener;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;

/**
 * {@code GET /_plugins/_ueba/graph?index=logins-*&from=now-7d&entity=dc-01&min_score=1&max_edges=100&order=score}:
 * the graph of who logs in where over the logins of the indices named, as nodes and edges a UI draws directly.
 */
public class RestGraphAction extends BaseRestHandler {

    @Override
    public String getName() {
        return "ueba_graph";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, UebaRestPaths.GRAPH));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        long now = System.currentTimeMillis();
        GraphRequest graph = new GraphRequest(
            request.param("index"),
            request.param("entity"),
            RestParams.date(request, "from", GraphRequest.DEFAULT_FROM, now),
            RestParams.date(request, "to", GraphRequest.DEFAULT_TO, now),
            RestParams.number(request, "min_score", 0),
            request.param("relation"),
            request.param("relation_field"),
            RestParams.wholeNumber(request, "max_edges", GraphRequest.DEFAULT_MAX_EDGES),
            GraphOrder.fromJson(request.param("order", GraphRequest.DEFAULT_ORDER.jsonName()))
        );
        return channel -> client.execute(GraphAction.INSTANCE, graph, new RestToXContentListener<>(channel));
    }
}

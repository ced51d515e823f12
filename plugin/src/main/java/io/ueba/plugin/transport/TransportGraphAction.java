package io.ueba.plugin.transport;

import io.ueba.action.GraphAction;
import io.ueba.action.GraphRequest;
import io.ueba.action.GraphResponse;
import io.ueba.ml.graph.GraphEdge;
import io.ueba.ml.graph.ScoredLoginGraph;
import io.ueba.ml.model.ModelKinds;
import io.ueba.plugin.graph.LoginGraphSearch;
import io.ueba.plugin.index.LoginIndexExpression;
import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.tasks.TaskId;
import org.opensearch.tasks.Task;
import org.opensearch.transport.TransportService;
import org.opensearch.transport.client.node.NodeClient;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Draws the graph on this node with searches it makes as the caller (the request's thread context, so the security
 * plugin checks the caller's own rights on the indices), over the indices the request names and no other: a system or
 * hidden index is refused before anything is read.
 */
public class TransportGraphAction extends HandledTransportAction<GraphRequest, GraphResponse> {

    private final ClusterService clusterService;
    private final LoginIndexExpression indices;
    private final LoginGraphSearch search;

    @Inject
    public TransportGraphAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ClusterService clusterService,
        IndexNameExpressionResolver resolver,
        NodeClient client
    ) {
        super(GraphAction.NAME, transportService, actionFilters, GraphRequest::new);
        this.clusterService = clusterService;
        this.indices = new LoginIndexExpression(resolver);
        this.search = new LoginGraphSearch(client, ModelKinds.BUILT_IN.names());
    }

    @Override
    protected void doExecute(Task task, GraphRequest request, ActionListener<GraphResponse> listener) {
        long started = System.nanoTime();
        List<String> read;
        try {
            read = indices.resolveLoginIndices(clusterService.state(), request.index());
        } catch (IllegalArgumentException e) {
            listener.onFailure(e);
            return;
        }
        int maxGroups = clusterService.getClusterSettings().get(UebaSettings.GRAPH_MAX_GROUPS);
        TaskId parent = new TaskId(clusterService.localNode().getId(), task.getId());
        search.search(read, request, parent, maxGroups, ActionListener.wrap(result -> {
            List<GraphEdge> edges = result.graph().top(request.order(), request.maxEdges());
            listener.onResponse(new GraphResponse(
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                read,
                request.from(),
                request.to(),
                request.order(),
                result.graph().size(),
                result.complete(),
                ScoredLoginGraph.nodes(edges),
                edges
            ));
        }, listener::onFailure));
    }
}

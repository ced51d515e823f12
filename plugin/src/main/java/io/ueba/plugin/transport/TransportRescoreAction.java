package io.ueba.plugin.transport;

import io.ueba.action.RescoreAction;
import io.ueba.action.RescoreRequest;
import io.ueba.action.RescoreResponse;
import io.ueba.plugin.index.LoginIndexExpression;
import io.ueba.plugin.rescore.LoginRescorer;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.index.reindex.BulkByScrollResponse;
import org.opensearch.tasks.Task;
import org.opensearch.transport.TransportService;
import org.opensearch.transport.client.node.NodeClient;

import java.util.ArrayList;
import java.util.List;

/** Starts the rescore on this node, as an update by query through the logins' pipeline (see {@link LoginRescorer}). */
public class TransportRescoreAction extends HandledTransportAction<RescoreRequest, RescoreResponse> {

    private final ClusterService clusterService;
    private final LoginIndexExpression indices;
    private final LoginRescorer rescorer;

    @Inject
    public TransportRescoreAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ClusterService clusterService,
        IndexNameExpressionResolver resolver,
        NodeClient client
    ) {
        super(RescoreAction.NAME, transportService, actionFilters, RescoreRequest::new);
        this.clusterService = clusterService;
        this.indices = new LoginIndexExpression(resolver);
        this.rescorer = new LoginRescorer(client);
    }

    @Override
    protected void doExecute(Task task, RescoreRequest request, ActionListener<RescoreResponse> listener) {
        try {
            indices.resolve(clusterService.state(), request.index());
        } catch (IllegalArgumentException e) {
            listener.onFailure(e);
            return;
        }
        if (request.waitForCompletion()) {
            rescorer.start(request, ActionListener.wrap(done -> listener.onResponse(summary(done)), listener::onFailure));
            return;
        }
        listener.onResponse(RescoreResponse.started(rescorer.startInBackground(request, "logins of [" + request.index() + "]")));
    }

    private static RescoreResponse summary(BulkByScrollResponse done) {
        List<String> failures = new ArrayList<>();
        done.getBulkFailures().forEach(failure -> failures.add(failure.getId() + ": " + failure.getMessage()));
        done.getSearchFailures().forEach(failure -> failures.add(failure.getReason().getMessage()));
        return RescoreResponse.done(done.getTotal(), done.getUpdated(), done.getVersionConflicts(), done.getTook().millis(), failures);
    }
}

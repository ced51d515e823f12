package io.ueba.plugin.transport;

import io.ueba.action.NodeModels;
import io.ueba.action.NodeModelsAction;
import io.ueba.action.NodeModelsRequest;
import io.ueba.action.NodeModelsResponse;
import io.ueba.action.SetModels;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.TrainedModels;
import io.ueba.plugin.model.ModelSync;
import io.ueba.plugin.model.TrainedModelsHolder;
import io.ueba.plugin.rescore.UnscoredLoginsRescore;
import org.opensearch.action.FailedNodeException;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.nodes.TransportNodesAction;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each node answers from its {@link ModelSync}'s status: memory only, so the management pool is plenty. */
public class TransportNodeModelsAction extends TransportNodesAction<NodeModelsRequest, NodeModelsResponse, NodeModelsRequest.Node, NodeModels> {

    private final ModelSync sync;
    private final TrainedModelsHolder models;
    private final UnscoredLoginsRescore unscoredRescore;

    @Inject
    public TransportNodeModelsAction(
        ThreadPool threadPool,
        ClusterService clusterService,
        TransportService transportService,
        ActionFilters actionFilters,
        ModelSync sync,
        TrainedModelsHolder models,
        UnscoredLoginsRescore unscoredRescore
    ) {
        super(NodeModelsAction.NAME, threadPool, clusterService, transportService, actionFilters, NodeModelsRequest::new,
            NodeModelsRequest.Node::new, ThreadPool.Names.MANAGEMENT, NodeModels.class);
        this.sync = sync;
        this.models = models;
        this.unscoredRescore = unscoredRescore;
    }

    @Override
    protected NodeModelsResponse newResponse(NodeModelsRequest request, List<NodeModels> nodes, List<FailedNodeException> failures) {
        return new NodeModelsResponse(clusterService.getClusterName(), nodes, failures);
    }

    @Override
    protected NodeModelsRequest.Node newNodeRequest(NodeModelsRequest request) {
        return new NodeModelsRequest.Node();
    }

    @Override
    protected NodeModels newNodeResponse(StreamInput in) throws IOException {
        return new NodeModels(in);
    }

    @Override
    protected NodeModels nodeOperation(NodeModelsRequest.Node request) {
        Map<String, SetModels> sets = new TreeMap<>();
        sync.status().forEach((modelSet, status) -> {
            Map<String, String> scorers = new TreeMap<>();
            TrainedModels inUse = models.current(modelSet);
            for (LoginScorer scorer : inUse.scorers()) {
                scorers.put(scorer.kind(), scorer.version());
            }
            sets.put(modelSet, new SetModels(status.inUse(), scorers, List.copyOf(inUse.attributeFields()), status.wanted(), status.unusable(), status.unusableKinds(),
                status.lastError(), status.errorAt() == null ? null : status.errorAt().toEpochMilli()));
        });
        return new NodeModels(clusterService.localNode(), sets, unscoredRescore.lastTask());
    }
}

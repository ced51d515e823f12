package io.ueba.plugin.transport;

import io.ueba.action.NodeModelsAction;
import io.ueba.action.NodeModelsRequest;
import io.ueba.action.UebaInfoAction;
import io.ueba.action.UebaInfoRequest;
import io.ueba.action.UebaInfoResponse;
import io.ueba.plugin.UebaPlugin;
import io.ueba.plugin.engine.EngineService;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.transport.TransportService;
import org.opensearch.transport.client.Client;

/** This node's plugin and engine from memory, and every node's models through {@link NodeModelsAction}. */
public class TransportUebaInfoAction extends HandledTransportAction<UebaInfoRequest, UebaInfoResponse> {

    private final ClusterService clusterService;
    private final EngineService engine;
    private final JobSchedulerStatus jobScheduler;
    private final Client client;

    @Inject
    public TransportUebaInfoAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ClusterService clusterService,
        EngineService engine,
        JobSchedulerStatus jobScheduler,
        Client client
    ) {
        super(UebaInfoAction.NAME, transportService, actionFilters, UebaInfoRequest::new);
        this.clusterService = clusterService;
        this.engine = engine;
        this.jobScheduler = jobScheduler;
        this.client = client;
    }

    @Override
    protected void doExecute(Task task, UebaInfoRequest request, ActionListener<UebaInfoResponse> listener) {
        client.execute(NodeModelsAction.INSTANCE, new NodeModelsRequest(), ActionListener.wrap(nodes -> listener.onResponse(
            new UebaInfoResponse(
                UebaPlugin.version(),
                clusterService.localNode().getName(),
                engine.status(),
                jobScheduler.registration().get(),
                nodes.getNodes()
            )
        ), listener::onFailure));
    }
}

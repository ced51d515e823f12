package io.ueba.plugin.transport;

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

/** Answers from in-memory state only, so it is safe on any thread. */
public class TransportUebaInfoAction extends HandledTransportAction<UebaInfoRequest, UebaInfoResponse> {

    private final ClusterService clusterService;
    private final EngineService engine;
    private final JobSchedulerStatus jobScheduler;

    @Inject
    public TransportUebaInfoAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ClusterService clusterService,
        EngineService engine,
        JobSchedulerStatus jobScheduler
    ) {
        super(UebaInfoAction.NAME, transportService, actionFilters, UebaInfoRequest::new);
        this.clusterService = clusterService;
        this.engine = engine;
        this.jobScheduler = jobScheduler;
    }

    @Override
    protected void doExecute(Task task, UebaInfoRequest request, ActionListener<UebaInfoResponse> listener) {
        listener.onResponse(
            new UebaInfoResponse(
                UebaPlugin.version(),
                clusterService.localNode().getName(),
                engine.status(),
                jobScheduler.registration().get()
            )
        );
    }
}

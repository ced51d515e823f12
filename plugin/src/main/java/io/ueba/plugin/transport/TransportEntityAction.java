package io.ueba.plugin.transport;

import io.ueba.action.EntityAction;
import io.ueba.action.EntityRequest;
import io.ueba.action.EntityResponse;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityView;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

/**
 * Answers from the profile this node scores the model set with, as ingest reads it: every node holds the version in
 * use, so the node that takes the request answers. Off the network thread, since the first question about a host or
 * an address builds the profile's reverse index.
 */
public class TransportEntityAction extends HandledTransportAction<EntityRequest, EntityResponse> {

    private final ThreadPool threadPool;
    private final TrainedModelsHolder models;

    @Inject
    public TransportEntityAction(TransportService transportService, ActionFilters actionFilters, ThreadPool threadPool,
        TrainedModelsHolder models) {
        super(EntityAction.NAME, transportService, actionFilters, EntityRequest::new);
        this.threadPool = threadPool;
        this.models = models;
    }

    @Override
    protected void doExecute(Task task, EntityRequest request, ActionListener<EntityResponse> listener) {
        threadPool.executor(ThreadPool.Names.MANAGEMENT).execute(ActionRunnable.supply(listener, () -> answer(request)));
    }

    private EntityResponse answer(EntityRequest request) {
        EntityProfile profile = models.current(request.modelSet()).profile();
        EntityView entity = EntityView.of(profile, request.kind(), request.entity(), request.size());
        return new EntityResponse(request.modelSet(), profile == null ? null : profile.version(), entity);
    }
}

package io.ueba.plugin.transport;

import io.ueba.action.GetModelsAction;
import io.ueba.action.GetModelsRequest;
import io.ueba.action.GetModelsResponse;
import io.ueba.action.ModelVersion;
import io.ueba.plugin.model.ModelStore;
import org.opensearch.ResourceNotFoundException;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.util.Map;

/** Reads the model store on the generic pool: its reads block, which no transport thread may do. */
public class TransportGetModelsAction extends HandledTransportAction<GetModelsRequest, GetModelsResponse> {

    private final ThreadPool threadPool;
    private final ModelStore store;

    @Inject
    public TransportGetModelsAction(TransportService transportService, ActionFilters actionFilters, ThreadPool threadPool, ModelStore store) {
        super(GetModelsAction.NAME, transportService, actionFilters, GetModelsRequest::new);
        this.threadPool = threadPool;
        this.store = store;
    }

    @Override
    protected void doExecute(Task task, GetModelsRequest request, ActionListener<GetModelsResponse> listener) {
        threadPool.generic().execute(ActionRunnable.supply(listener, () -> {
            Map<String, String> current = store.currentIds();
            if (request.modelId() == null) {
                return GetModelsResponse.list(current, store.list().stream().map(ModelVersion::of).toList());
            }
            return GetModelsResponse.one(
                current,
                store.metadata(request.modelId())
                    .map(ModelVersion::of)
                    .orElseThrow(() -> new ResourceNotFoundException("model [{}] is not in the store", request.modelId()))
            );
        }));
    }
}

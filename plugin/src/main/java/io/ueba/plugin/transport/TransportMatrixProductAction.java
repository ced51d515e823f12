package io.ueba.plugin.transport;

import io.ueba.action.MatrixProductAction;
import io.ueba.action.MatrixProductRequest;
import io.ueba.action.MatrixProductResponse;
import io.ueba.ml.engine.EngineStatus;
import io.ueba.ml.engine.MatrixProduct;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

/** Runs the product on the ML thread pool, loading the engine first if this node has not yet. */
public class TransportMatrixProductAction extends HandledTransportAction<MatrixProductRequest, MatrixProductResponse> {

    private final ThreadPool threadPool;
    private final EngineService engine;

    @Inject
    public TransportMatrixProductAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ThreadPool threadPool,
        EngineService engine
    ) {
        super(MatrixProductAction.NAME, transportService, actionFilters, MatrixProductRequest::new);
        this.threadPool = threadPool;
        this.engine = engine;
    }

    @Override
    protected void doExecute(Task task, MatrixProductRequest request, ActionListener<MatrixProductResponse> listener) {
        threadPool.executor(UebaSettings.ML_THREAD_POOL).execute(ActionRunnable.supply(listener, () -> {
            EngineStatus status = engine.ensureLoaded();
            MatrixProduct.Result result = MatrixProduct.multiply(request.left(), request.right());
            return new MatrixProductResponse(result.product(), result.device(), status.engineVersion());
        }));
    }
}

package io.ueba.plugin.transport;

import io.ueba.action.TrainAction;
import io.ueba.action.TrainRequest;
import io.ueba.action.TrainResponse;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.MlNodes;
import io.ueba.plugin.training.RunCancellation;
import io.ueba.plugin.index.LoginIndexExpression;
import io.ueba.plugin.training.TrainingRun;
import io.ueba.plugin.training.TrainingSpec;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.time.Duration;
import java.util.List;

/**
 * Trains on the ML node (see {@link MlNodes}), on its ML thread pool: training blocks on searches, which no transport
 * thread may do. An index expression that matches no index is refused there before the run takes a thread.
 */
public class TransportTrainAction extends HandledTransportAction<TrainRequest, TrainResponse> {

    /** {@code _train} runs are not a job's: they all go to one ML node, like the runs of one job. */
    private static final String ROUTING_KEY = "_train";

    private final ThreadPool threadPool;
    private final ClusterService clusterService;
    private final LoginIndexExpression indices;
    private final TrainingRun training;
    private final MlNodeRouting<TrainRequest, TrainResponse> routing;

    @Inject
    public TransportTrainAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ThreadPool threadPool,
        ClusterService clusterService,
        IndexNameExpressionResolver indexNameExpressionResolver,
        MlNodes mlNodes,
        TrainingRun training
    ) {
        super(TrainAction.NAME, transportService, actionFilters, TrainRequest::new);
        this.threadPool = threadPool;
        this.clusterService = clusterService;
        this.indices = new LoginIndexExpression(indexNameExpressionResolver);
        this.training = training;
        this.routing = new MlNodeRouting<>(TrainAction.NAME, transportService, clusterService, mlNodes, TrainRequest::new, TrainResponse::new,
            this::trainHere);
    }

    @Override
    protected void doExecute(Task task, TrainRequest request, ActionListener<TrainResponse> listener) {
        routing.execute(ROUTING_KEY, request, listener);
    }

    private void trainHere(TrainRequest request, ActionListener<TrainResponse> listener) {
        List<String> read;
        try {
            read = indices.resolve(clusterService.state(), request.index());
        } catch (IllegalArgumentException e) {
            listener.onFailure(e);
            return;
        }
        threadPool.executor(UebaSettings.ML_THREAD_POOL)
            .execute(ActionRunnable.supply(listener, () -> training.run(training.newRunId(), null,
                TrainingSpec.withDefaults(request.index(), Duration.ofMillis(request.window().millis()), request.modelSet()), RunCancellation.NEVER)
                .withIndices(read)));
    }
}

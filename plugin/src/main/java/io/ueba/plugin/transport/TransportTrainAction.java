package io.ueba.plugin.transport;

import io.ueba.action.TrainAction;
import io.ueba.action.TrainRequest;
import io.ueba.action.TrainResponse;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.TrainingRun;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.time.Duration;

/** Runs profile training on the ML thread pool: it blocks on searches, which no transport thread may do. */
public class TransportTrainAction extends HandledTransportAction<TrainRequest, TrainResponse> {

    private final ThreadPool threadPool;
    private final TrainingRun training;

    @Inject
    public TransportTrainAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ThreadPool threadPool,
        TrainingRun training
    ) {
        super(TrainAction.NAME, transportService, actionFilters, TrainRequest::new);
        this.threadPool = threadPool;
        this.training = training;
    }

    @Override
    protected void doExecute(Task task, TrainRequest request, ActionListener<TrainResponse> listener) {
        threadPool.executor(UebaSettings.ML_THREAD_POOL)
            .execute(ActionRunnable.supply(listener, () -> training.run(training.newRunId(), null, request.index(), Duration.ofMillis(request.window().millis()))));
    }
}

package io.ueba.plugin.transport;

import io.ueba.action.TrainProfileAction;
import io.ueba.action.TrainProfileRequest;
import io.ueba.action.TrainProfileResponse;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.ProfileTraining;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.time.Duration;

/** Runs profile training on the ML thread pool: it blocks on searches, which no transport thread may do. */
public class TransportTrainProfileAction extends HandledTransportAction<TrainProfileRequest, TrainProfileResponse> {

    private final ThreadPool threadPool;
    private final ProfileTraining training;

    @Inject
    public TransportTrainProfileAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ThreadPool threadPool,
        ProfileTraining training
    ) {
        super(TrainProfileAction.NAME, transportService, actionFilters, TrainProfileRequest::new);
        this.threadPool = threadPool;
        this.training = training;
    }

    @Override
    protected void doExecute(Task task, TrainProfileRequest request, ActionListener<TrainProfileResponse> listener) {
        threadPool.executor(UebaSettings.ML_THREAD_POOL)
            .execute(() -> ActionListener.completeWith(listener, () -> training.run(request.index(), Duration.ofMillis(request.window().millis()))));
    }
}

package io.ueba.plugin.job;

import io.ueba.action.TrainResponse;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.TrainingRun;
import io.ueba.plugin.training.TrainingSpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.core.common.Strings;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.threadpool.ThreadPool;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs training jobs on this node, one run of a job at a time whether its schedule or {@code _run} asked for it: both
 * come here through {@code _run} on the job's ML node.
 * A run's progress and outcome go to its status document (see {@link TrainingRun}); here they are also logged.
 */
public final class JobRuns {

    private static final Logger logger = LogManager.getLogger(JobRuns.class);

    private final TrainingRun training;
    private final EngineService engine;
    private final ThreadPool threadPool;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public JobRuns(TrainingRun training, EngineService engine, ThreadPool threadPool) {
        this.training = training;
        this.engine = engine;
        this.threadPool = threadPool;
    }

    /** Starts a run on the ML pool and returns its id, or empty when a run of this job is already under way here. */
    public Optional<String> startNow(String jobId, UebaJob job) {
        if (running.add(jobId) == false) {
            return Optional.empty();
        }
        String runId = training.newRunId();
        try {
            threadPool.executor(UebaSettings.ML_THREAD_POOL).execute(() -> {
                try {
                    run(runId, jobId, job);
                } finally {
                    running.remove(jobId);
                }
            });
        } catch (RuntimeException e) {
            running.remove(jobId);
            throw e;
        }
        return Optional.of(runId);
    }

    private void run(String runId, String jobId, UebaJob job) {
        try {
            engine.ensureLoaded();
            TrainResponse result = training.run(runId, jobId, TrainingSpec.of(job));
            logger.info("job [{}] run [{}] saved {}", jobId, runId, Strings.toString(MediaTypeRegistry.JSON, result));
        } catch (EngineLoadException e) {
            logger.error("job [" + jobId + "] cannot run: the engine is not available on this node", e);
        } catch (IOException | RuntimeException e) {
            logger.error("job [" + jobId + "] run [" + runId + "] failed; the models in use stay as they were", e);
        }
    }
}

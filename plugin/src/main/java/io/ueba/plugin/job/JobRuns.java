package io.ueba.plugin.job;

import io.ueba.action.TrainResponse;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.RunCancelledException;
import io.ueba.plugin.training.TrainingRun;
import io.ueba.plugin.training.TrainingSpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.core.common.Strings;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.threadpool.ThreadPool;

import java.io.IOException;
import java.time.Instant;
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
    private final JobStore jobs;
    private final ThreadPool threadPool;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public JobRuns(TrainingRun training, JobStore jobs, ThreadPool threadPool) {
        this.training = training;
        this.jobs = jobs;
        this.threadPool = threadPool;
    }

    /** Starts a run on the ML pool and returns its id, or empty when a run of this job is already under way here. */
    public Optional<String> startNow(String jobId, UebaJob job) {
        if (running.add(jobId) == false) {
            return Optional.empty();
        }
        String runId = training.newRunId();
        // A stop that comes while the run waits for the ML pool cancels it too.
        JobCancellation cancellation = new JobCancellation(jobs, jobId, Instant.now(), Instant::now);
        try {
            threadPool.executor(UebaSettings.ML_THREAD_POOL).execute(() -> {
                try {
                    run(runId, jobId, job, cancellation);
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

    private void run(String runId, String jobId, UebaJob job, JobCancellation cancellation) {
        try {
            TrainResponse result = training.run(runId, jobId, TrainingSpec.of(job), cancellation);
            logger.info("job [{}] run [{}] ended {}", jobId, runId, Strings.toString(MediaTypeRegistry.JSON, result));
        } catch (RunCancelledException e) {
            logger.info("job [{}] run [{}] cancelled: {}", jobId, runId, e.getMessage());
        } catch (EngineLoadException e) {
            logger.error("job [" + jobId + "] cannot run: the engine is not available on this node", e);
        } catch (IOException | RuntimeException e) {
            logger.error("job [" + jobId + "] run [" + runId + "] failed; the models in use stay as they were", e);
        }
    }
}

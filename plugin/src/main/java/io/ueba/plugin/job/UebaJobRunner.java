package io.ueba.plugin.job;

import io.ueba.plugin.settings.UebaSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.core.action.ActionListener;
import org.opensearch.jobscheduler.spi.JobExecutionContext;
import org.opensearch.jobscheduler.spi.LockModel;
import org.opensearch.jobscheduler.spi.ScheduledJobParameter;
import org.opensearch.jobscheduler.spi.ScheduledJobRunner;
import org.opensearch.threadpool.ThreadPool;

/**
 * Runs our scheduled jobs on the ML thread pool under Job Scheduler's lock, so one run of a job is in
 * flight across the cluster. A run loads the engine on the node that runs it, trains the models from the job's
 * logins and saves them to the model store, from which every node's ingest processors take them.
 *
 * <p>Job Scheduler asks for the runner when it loads extensions, before the node's services exist, so the
 * runner is created early and handed its services once {@code createComponents} has made them.
 */
public class UebaJobRunner implements ScheduledJobRunner {

    private static final Logger logger = LogManager.getLogger(UebaJobRunner.class);

    private volatile ThreadPool threadPool;
    private volatile JobRuns runs;

    public void initialize(ThreadPool threadPool, JobRuns runs) {
        this.threadPool = threadPool;
        this.runs = runs;
    }

    @Override
    public void runJob(ScheduledJobParameter job, JobExecutionContext context) {
        if (runs == null) {
            logger.warn("job [{}] fired before the plugin finished starting; it runs at its next interval", context.getJobId());
            return;
        }
        context.getLockService().acquireLock(job, context, ActionListener.wrap(lock -> {
            if (lock == null) {
                logger.debug("job [{}] is already running elsewhere", context.getJobId());
                return;
            }
            threadPool.executor(UebaSettings.ML_THREAD_POOL).execute(() -> runLocked(job, context, lock));
        }, e -> logger.error("could not take the lock for job [" + context.getJobId() + "]", e)));
    }

    private void runLocked(ScheduledJobParameter job, JobExecutionContext context, LockModel lock) {
        try {
            runs.runHere(context.getJobId(), (UebaJob) job);
        } finally {
            context.getLockService()
                .release(
                    lock,
                    ActionListener.wrap(
                        released -> {},
                        e -> logger.error("could not release the lock of job [" + context.getJobId() + "]", e)
                    )
                );
        }
    }
}

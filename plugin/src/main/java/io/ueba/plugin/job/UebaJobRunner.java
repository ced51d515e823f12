package io.ueba.plugin.job;

import io.ueba.action.JobAction;
import io.ueba.action.JobRequest;
import io.ueba.action.JobResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.core.action.ActionListener;
import org.opensearch.jobscheduler.spi.JobExecutionContext;
import org.opensearch.jobscheduler.spi.LockModel;
import org.opensearch.jobscheduler.spi.ScheduledJobParameter;
import org.opensearch.jobscheduler.spi.ScheduledJobRunner;
import org.opensearch.transport.client.Client;

/**
 * Starts a scheduled job's run through the job API's {@code _run}, which starts it on the job's ML node, under Job
 * Scheduler's lock so that one node's turn starts it. The run goes on after the lock is released; the ML node's
 * guard keeps a second run of the job from starting while it does.
 *
 * <p>Job Scheduler asks for the runner when it loads extensions, before the node's services exist, so the
 * runner is created early and handed its client once {@code createComponents} has it.
 */
public class UebaJobRunner implements ScheduledJobRunner {

    private static final Logger logger = LogManager.getLogger(UebaJobRunner.class);

    private volatile Client client;

    public void initialize(Client client) {
        this.client = client;
    }

    @Override
    public void runJob(ScheduledJobParameter job, JobExecutionContext context) {
        if (client == null) {
            logger.warn("job [{}] fired before the plugin finished starting; it runs at its next interval", context.getJobId());
            return;
        }
        String jobId = context.getJobId();
        context.getLockService().acquireLock(job, context, ActionListener.wrap(lock -> {
            if (lock == null) {
                logger.debug("job [{}] is already being started elsewhere", jobId);
                return;
            }
            client.execute(JobAction.INSTANCE, new JobRequest(JobRequest.Operation.RUN, jobId, null), ActionListener.runAfter(ActionListener.wrap(
                started -> logger.info("job [{}] started run {}", jobId, ((JobResponse.RunStarted) started.body()).runId()),
                e -> logger.warn("job [" + jobId + "] did not start this turn", e)
            ), () -> release(context, lock)));
        }, e -> logger.error("could not take the lock for job [" + jobId + "]", e)));
    }

    private static void release(JobExecutionContext context, LockModel lock) {
        context.getLockService()
            .release(lock, ActionListener.wrap(released -> {}, e -> logger.error("could not release the lock of job [" + context.getJobId() + "]", e)));
    }
}

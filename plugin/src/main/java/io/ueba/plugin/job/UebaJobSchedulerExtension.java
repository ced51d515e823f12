package io.ueba.plugin.job;

import io.ueba.plugin.UebaPlugin;
import org.opensearch.jobscheduler.spi.JobSchedulerExtension;
import org.opensearch.jobscheduler.spi.ScheduledJobParser;
import org.opensearch.jobscheduler.spi.ScheduledJobRunner;

/**
 * Our entry in Job Scheduler, found through {@code META-INF/services}. OpenSearch builds it with the plugin
 * instance (the one-argument constructor) only when Job Scheduler loads its extensions, so building it
 * is what registration means.
 */
public class UebaJobSchedulerExtension implements JobSchedulerExtension {

    public static final String JOB_TYPE = "ueba_training";
    public static final String JOB_INDEX = ".ueba-jobs";

    private final UebaPlugin plugin;

    public UebaJobSchedulerExtension(UebaPlugin plugin) {
        this.plugin = plugin;
        plugin.markRegisteredWithJobScheduler();
    }

    @Override
    public String getJobType() {
        return JOB_TYPE;
    }

    @Override
    public String getJobIndex() {
        return JOB_INDEX;
    }

    @Override
    public ScheduledJobRunner getJobRunner() {
        return plugin.jobRunner();
    }

    @Override
    public ScheduledJobParser getJobParser() {
        return (parser, id, version) -> UebaJob.parse(parser);
    }
}

package io.ueba.plugin.job;

import io.ueba.plugin.training.RunCancellation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cancels a job's run once the job is deleted, or stopped after the run began. It asks the job store, not this node's
 * memory, because the request to delete or stop may reach any node while the run goes on the job's ML node. The store
 * is read at most once a {@value #CHECK_EVERY_SECONDS} seconds while the run goes, and always for the last check before
 * publishing.
 */
final class JobCancellation implements RunCancellation {

    private static final long CHECK_EVERY_SECONDS = 1;

    private final JobStore jobs;
    private final String jobId;
    private final Instant runStarted;
    private final Supplier<Instant> clock;
    private Instant lastChecked = Instant.EPOCH;
    private String reason;

    JobCancellation(JobStore jobs, String jobId, Instant runStarted, Supplier<Instant> clock) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.runStarted = runStarted;
        this.clock = clock;
    }

    @Override
    public String reason(boolean fresh) {
        Instant now = clock.get();
        if (reason == null && (fresh || Duration.between(lastChecked, now).getSeconds() >= CHECK_EVERY_SECONDS)) {
            lastChecked = now;
            reason = reasonNow();
        }
        return reason;
    }

    private String reasonNow() {
        Optional<UebaJob> job;
        try {
            job = jobs.get(jobId);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read job [" + jobId + "]", e);
        }
        if (job.isEmpty()) {
            return "job [" + jobId + "] was deleted";
        }
        if (job.get().enabled() == false && job.get().lastUpdateTime().isAfter(runStarted)) {
            return "job [" + jobId + "] was stopped";
        }
        return null;
    }
}

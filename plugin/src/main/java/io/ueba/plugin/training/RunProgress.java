package io.ueba.plugin.training;

import io.ueba.action.FailedKind;
import io.ueba.action.RunStatus;
import io.ueba.plugin.model.ModelStore;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.cluster.node.DiscoveryNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A training run's progress as its status document in the model store, which {@link RunStatus} reads back: state,
 * phase, logins read, epoch and loss, the share done and an estimate of the time left. Rewritten at most once a second
 * while the run goes, and at once when the phase or the state changes. A status that cannot be written is logged and
 * the run goes on: progress is for people watching, never a reason to lose a model.
 */
final class RunProgress {

    /** A run's phases, each with the share of the whole run it is reckoned to take. */
    enum Phase {
        PROFILE(0.0, 0.35),
        SAMPLING(0.35, 0.70),
        TRAINING(0.70, 0.95),
        SAVING(0.95, 1.0);

        final double from;
        final double to;

        Phase(double from, double to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final Logger logger = LogManager.getLogger(RunProgress.class);
    private static final Duration WRITE_EVERY = Duration.ofSeconds(1);

    private final ModelStore store;
    private final String runId;
    private final Supplier<Instant> clock;
    private final Instant started;
    private final Map<String, Object> status = new HashMap<>();
    private Phase phase = Phase.PROFILE;
    private double phaseDone;
    private Instant lastWritten = Instant.EPOCH;

    /**
     * @param jobId null for a run asked for through {@code _train}
     * @param node  this node: {@link RunLiveness} tells from its ephemeral id whether the run died with it
     */
    RunProgress(ModelStore store, String runId, String jobId, DiscoveryNode node, Supplier<Instant> clock) {
        this.store = store;
        this.runId = runId;
        this.clock = clock;
        this.started = clock.get();
        status.put("job_id", jobId);
        status.put("node", node.getName());
        status.put("node_id", node.getId());
        status.put("node_ephemeral_id", node.getEphemeralId());
        status.put("started", started.toEpochMilli());
        status.put("state", "running");
    }

    void phase(Phase next, long loginsTotal) {
        phase = next;
        phaseDone = 0;
        status.put("phase", next.name().toLowerCase(Locale.ROOT));
        status.put("logins_total", loginsTotal);
        status.put("logins_read", 0L);
        write(true);
    }

    void read(long logins) {
        status.put("logins_read", logins);
        Object total = status.get("logins_total");
        phaseDone = total instanceof Long t && t > 0 ? Math.min(1, (double) logins / t) : 0;
        write(false);
    }

    /**
     * An epoch of one kind's training ended. The kinds train one after another, so the phase is done as far as the
     * kinds before this one, and this one's share of epochs.
     *
     * @param kindsBefore how many of the run's {@code kinds} trained before this one
     */
    void epoch(String kind, int kindsBefore, int kinds, int epoch, int epochs, float loss) {
        status.put("kind", kind);
        status.put("epoch", epoch);
        status.put("epochs", epochs);
        status.put("loss", loss);
        phaseDone = (kindsBefore + (double) epoch / epochs) / kinds;
        write(false);
    }

    /** @param failedModels the kinds left out of the version because their training failed */
    void succeeded(String modelId, List<FailedKind> failedModels) {
        status.put("state", "succeeded");
        status.put("model_id", modelId);
        // written as each kind's own XContent, which RunStatus reads back
        status.put("failed_models", failedModels);
        phase = Phase.SAVING;
        phaseDone = 1;
        write(true);
    }

    /** The run ended without publishing, for the reason given; the models in use stay. */
    void skipped(String reason) {
        ended("skipped", reason);
    }

    /** The run was told to stop before it published. */
    void cancelled(String reason) {
        ended("cancelled", reason);
    }

    private void ended(String state, String reason) {
        status.put("state", state);
        status.put("reason", reason);
        write(true);
    }

    void failed(Exception e) {
        status.put("state", "failed");
        status.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        write(true);
    }

    private void write(boolean now) {
        Instant at = clock.get();
        if (now == false && Duration.between(lastWritten, at).compareTo(WRITE_EVERY) < 0) {
            return;
        }
        lastWritten = at;
        double done = phase.from + (phase.to - phase.from) * phaseDone;
        long elapsedMillis = Duration.between(started, at).toMillis();
        status.put("updated", at.toEpochMilli());
        status.put("progress", Math.round(done * 1000) / 1000.0);
        status.put("eta_seconds", done > 0.05 && done < 1 ? Math.round(elapsedMillis * (1 - done) / done / 1000.0) : null);
        try {
            store.writeRunStatus(runId, status, now);
        } catch (RuntimeException e) {
            logger.warn("could not write the status of run [" + runId + "]", e);
        }
    }
}

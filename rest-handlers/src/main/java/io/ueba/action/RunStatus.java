package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A training run's status as its status document in the model store says, rewritten by the run as it goes: where it
 * runs, its state and phase, the logins read, the kind training with its epoch and loss, the share done and the time
 * left, and how it ended. Every field but the run's id and the failed models may be null: a run writes each once it
 * knows it, and a status written by an older version of the plugin lacks what came since.
 *
 * @param jobId   null for a run asked for through {@code _train}
 * @param nodeId  with {@code nodeEphemeralId}, tells whether the run's node is still the one it ran on
 * @param state   {@value #RUNNING}, {@code succeeded}, {@code skipped}, {@code cancelled}, {@code failed} or
 *                {@value #INTERRUPTED}
 * @param phase   {@code profile}, {@code sampling}, {@code training} or {@code saving}
 * @param kind    the model kind training, in the training phase
 * @param modelId the version published, once the run succeeded
 * @param failedModels the kinds a succeeded run left out of its version because their training failed; empty when none
 *                     did, and in every other state
 * @param reason  why a skipped or cancelled run published nothing
 * @param error   why the run failed or was interrupted
 */
public record RunStatus(
    String runId,
    String jobId,
    String node,
    String nodeId,
    String nodeEphemeralId,
    Instant started,
    Instant updated,
    String state,
    String phase,
    Long loginsTotal,
    Long loginsRead,
    String kind,
    Integer epoch,
    Integer epochs,
    Double loss,
    Double progress,
    Long etaSeconds,
    String modelId,
    List<FailedKind> failedModels,
    String reason,
    String error
) implements Writeable, ToXContentObject {

    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";

    public RunStatus {
        failedModels = List.copyOf(failedModels);
    }

    /**
     * Reads a stored status document; fields it does not know are left aside.
     *
     * @throws IllegalStateException naming the field, when one has the wrong type or the run's id is missing
     */
    public static RunStatus of(Map<String, Object> stored) {
        StoredFields status = new StoredFields("run status", stored);
        return new RunStatus(
            status.required("run_id", StoredFields::text),
            status.text("job_id"),
            status.text("node"),
            status.text("node_id"),
            status.text("node_ephemeral_id"),
            status.instant("started"),
            status.instant("updated"),
            status.text("state"),
            status.text("phase"),
            status.wholeNumber("logins_total"),
            status.wholeNumber("logins_read"),
            status.text("kind"),
            status.integer("epoch"),
            status.integer("epochs"),
            status.number("loss"),
            status.number("progress"),
            status.wholeNumber("eta_seconds"),
            status.text("model_id"),
            FailedKind.listIn(status),
            status.text("reason"),
            status.text("error")
        );
    }

    public RunStatus(StreamInput in) throws IOException {
        this(in.readString(), in.readOptionalString(), in.readOptionalString(), in.readOptionalString(), in.readOptionalString(),
            in.readOptionalInstant(), in.readOptionalInstant(), in.readOptionalString(), in.readOptionalString(), in.readOptionalLong(),
            in.readOptionalLong(), in.readOptionalString(), in.readOptionalInt(), in.readOptionalInt(), in.readOptionalDouble(),
            in.readOptionalDouble(), in.readOptionalLong(), in.readOptionalString(), in.readList(FailedKind::new), in.readOptionalString(),
            in.readOptionalString());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(runId);
        out.writeOptionalString(jobId);
        out.writeOptionalString(node);
        out.writeOptionalString(nodeId);
        out.writeOptionalString(nodeEphemeralId);
        out.writeOptionalInstant(started);
        out.writeOptionalInstant(updated);
        out.writeOptionalString(state);
        out.writeOptionalString(phase);
        out.writeOptionalLong(loginsTotal);
        out.writeOptionalLong(loginsRead);
        out.writeOptionalString(kind);
        out.writeOptionalInt(epoch);
        out.writeOptionalInt(epochs);
        out.writeOptionalDouble(loss);
        out.writeOptionalDouble(progress);
        out.writeOptionalLong(etaSeconds);
        out.writeOptionalString(modelId);
        out.writeList(failedModels);
        out.writeOptionalString(reason);
        out.writeOptionalString(error);
    }

    public boolean running() {
        return RUNNING.equals(state);
    }

    /** The same status saying the run is {@value #INTERRUPTED}, and why: it died without writing so. */
    public RunStatus interrupted(String why) {
        return new RunStatus(runId, jobId, node, nodeId, nodeEphemeralId, started, updated, INTERRUPTED, phase, loginsTotal, loginsRead, kind,
            epoch, epochs, loss, progress, etaSeconds, modelId, failedModels, reason, INTERRUPTED + ": " + why);
    }

    /**
     * Every field, null where the status does not say (the failed models empty), so that a client finds the same fields
     * in every state; times in epoch milliseconds.
     */
    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject()
            .field("run_id", runId)
            .field("job_id", jobId)
            .field("state", state)
            .field("phase", phase)
            .field("progress", progress)
            .field("eta_seconds", etaSeconds)
            .field("logins_total", loginsTotal)
            .field("logins_read", loginsRead)
            .field("kind", kind)
            .field("epoch", epoch)
            .field("epochs", epochs)
            .field("loss", loss)
            .field("model_id", modelId)
            .startArray("failed_models");
        for (FailedKind failed : failedModels) {
            failed.toXContent(builder, params);
        }
        return builder.endArray()
            .field("reason", reason)
            .field("error", error)
            .field("started", StoredFields.millis(started))
            .field("updated", StoredFields.millis(updated))
            .field("node", node)
            .field("node_id", nodeId)
            .field("node_ephemeral_id", nodeEphemeralId)
            .endObject();
    }
}

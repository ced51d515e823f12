package io.ueba.plugin.model;

import io.ueba.action.ModelVersion;
import io.ueba.action.TrainResponse;
import io.ueba.action.TrainedKind;
import io.ueba.plugin.training.TrainingSpec;

import java.time.Instant;
import java.util.Map;

/**
 * What the model store records about a model version besides its bytes: where and when it was trained from, with
 * which settings, and what the run did, each kind it trained included.
 */
public record ModelDescription(
    String id,
    Instant created,
    TrainingSpec spec,
    Instant windowFrom,
    Instant windowTo,
    TrainResponse training
) {

    public String modelSet() {
        return spec.modelSet();
    }

    /** Where a stored version was trained from: what an incremental run must match to build on it. */
    public record Origin(String indices, String timeField, Instant windowTo) {

        /** Reads it back from a stored metadata document, as {@link #version} describes it. */
        static Origin of(Map<String, Object> metadata) {
            Map<?, ?> window = (Map<?, ?>) metadata.get("window");
            return new Origin((String) metadata.get("indices"), (String) metadata.get("time_field"),
                Instant.ofEpochMilli(((Number) window.get("to")).longValue()));
        }
    }

    /** The version as its stored metadata document describes it, its bytes stored as {@code storage} says. */
    ModelVersion version(ModelVersion.Storage storage) {
        return new ModelVersion(id, spec.modelSet(), training.models().stream().map(TrainedKind::type).toList(), created, spec.indices(),
            spec.timeField(), windowFrom, windowTo, spec.models(), training, storage);
    }
}

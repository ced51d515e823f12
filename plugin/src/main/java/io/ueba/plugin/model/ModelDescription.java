package io.ueba.plugin.model;

import io.ueba.action.TrainResponse;
import io.ueba.action.TrainedKind;
import io.ueba.plugin.training.TrainingSpec;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
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

        /** Reads it back from a stored metadata document, as {@link #describe} wrote it. */
        static Origin of(Map<String, Object> metadata) {
            Map<?, ?> window = (Map<?, ?>) metadata.get("window");
            return new Origin((String) metadata.get("indices"), (String) metadata.get("time_field"),
                Instant.ofEpochMilli(((Number) window.get("to")).longValue()));
        }
    }

    /** Writes the fields of the stored metadata document that describe the model. */
    void describe(XContentBuilder builder) throws IOException {
        builder.field("model_id", id)
            .field("model_set", spec.modelSet())
            .field("kinds", training.models().stream().map(TrainedKind::type).toList())
            .field("created", created.toEpochMilli())
            .field("indices", spec.indices())
            .field("time_field", spec.timeField())
            .startObject("window")
            .field("from", windowFrom.toEpochMilli())
            .field("to", windowTo.toEpochMilli())
            .endObject()
            .startObject("settings");
        spec.models().toXContent(builder, ToXContent.EMPTY_PARAMS);
        builder.endObject().field("training");
        training.toXContent(builder, ToXContent.EMPTY_PARAMS);
    }
}

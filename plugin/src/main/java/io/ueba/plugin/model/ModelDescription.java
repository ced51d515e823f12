package io.ueba.plugin.model;

import io.ueba.action.TrainResponse;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.plugin.training.TrainingSpec;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * What the model store records about a model version besides its bytes: where and when it was trained from, with
 * which settings, what the run did, and the scorer it carries.
 */
public record ModelDescription(
    String id,
    Instant created,
    TrainingSpec spec,
    Instant windowFrom,
    Instant windowTo,
    TrainResponse training,
    LoginScorer scorer
) {

    public static final String MODEL_TYPE = "autoencoder";

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
            .field("model_type", MODEL_TYPE)
            .field("created", created.toEpochMilli())
            .field("indices", spec.indices())
            .field("time_field", spec.timeField())
            .field("settings", spec.model())
            .startObject("window")
            .field("from", windowFrom.toEpochMilli())
            .field("to", windowTo.toEpochMilli())
            .endObject()
            .field("feature_schema", TrainedModelsCodec.schema())
            .field("scorer_version", scorer.version())
            .startObject("threshold")
            .field("method", scorer.threshold().method())
            .field("value", scorer.threshold().value())
            .endObject();
        builder.field("training");
        training.toXContent(builder, ToXContent.EMPTY_PARAMS);
    }
}

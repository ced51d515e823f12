package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run trained for one model kind: from scratch ({@code full}) or, in an incremental run, warm-started from the
 * model in use with older logins replayed, on how many logins, and the threshold it calibrated.
 *
 * @param type            the kind
 * @param warmStartedFrom the version whose state the new model started from; null when it was trained from scratch
 * @param trainingRows    logins trained on, the {@code replayRows} older ones of an incremental run included
 * @param metrics         what the kind measured of its own training, by name (the RGCN's held-out link prediction and
 *                        graph size); empty for a kind that measures nothing
 */
public record TrainedKind(String type, String warmStartedFrom, int trainingRows, int replayRows, String thresholdMethod, double threshold,
    long tookMillis, Map<String, Double> metrics) implements Writeable, ToXContentObject {

    public TrainedKind {
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /**
     * Reads it back from a model version's stored metadata, as {@link #toXContent} wrote it there.
     *
     * @throws IllegalStateException naming the field, when one is missing or of the wrong type
     */
    static TrainedKind of(StoredFields stored) {
        StoredFields threshold = stored.required("threshold", StoredFields::object);
        return new TrainedKind(
            stored.required("type", StoredFields::text),
            stored.text("warm_started_from"),
            stored.required("training_rows", StoredFields::integer),
            stored.required("replay_rows", StoredFields::integer),
            threshold.required("method", StoredFields::text),
            threshold.required("value", StoredFields::number),
            stored.required("took_millis", StoredFields::wholeNumber),
            Objects.requireNonNullElse(stored.numbers("metrics"), Map.of())
        );
    }

    public TrainedKind(StreamInput in) throws IOException {
        this(in.readString(), in.readOptionalString(), in.readVInt(), in.readVInt(), in.readString(), in.readDouble(), in.readVLong(),
            in.readMap(StreamInput::readString, StreamInput::readDouble));
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(type);
        out.writeOptionalString(warmStartedFrom);
        out.writeVInt(trainingRows);
        out.writeVInt(replayRows);
        out.writeString(thresholdMethod);
        out.writeDouble(threshold);
        out.writeVLong(tookMillis);
        out.writeMap(metrics, StreamOutput::writeString, StreamOutput::writeDouble);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("type", type)
            .field("mode", warmStartedFrom == null ? "full" : "incremental")
            .field("warm_started_from", warmStartedFrom)
            .field("training_rows", trainingRows)
            .field("replay_rows", replayRows)
            .startObject("threshold").field("method", thresholdMethod).field("value", threshold).endObject()
            .field("took_millis", tookMillis)
            .field("metrics", metrics)
            .endObject();
    }
}

package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentFragment;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A model version as the model store records it beside its bytes: its model set and kinds, when and from which logins
 * it was trained (indices, time field, window), the job's settings for its kinds, what the run did, and how its bytes
 * are stored. The store writes its metadata document with {@link #toXContent} and reads it back with {@link #of}, so
 * the document and the API show the same fields. A fragment: the answer it is part of opens the object, and says
 * whether it is the version its set uses.
 *
 * <p>Every field but the id may be null: a version stored by an older plugin lacks what came since (its model set and
 * kinds before there were several; its settings and training when they had another shape).
 *
 * @param settings the job's settings for the kinds it trained; also null when this plugin cannot read them (a kind or
 *                 a setting it does not know: another version of the plugin trained it)
 * @param training what the run did, each kind it trained included
 */
public record ModelVersion(
    String modelId,
    String modelSet,
    List<String> kinds,
    Instant created,
    String indices,
    String timeField,
    Instant windowFrom,
    Instant windowTo,
    JobModels settings,
    TrainResponse training,
    Storage storage
) implements Writeable, ToXContentFragment {

    /** How a version's bytes are stored: in {@code chunks} documents, {@code bytes} long, with their SHA-256 to check them by. */
    public record Storage(int chunks, long bytes, String sha256) implements Writeable, ToXContentObject {

        public Storage(StreamInput in) throws IOException {
            this(in.readVInt(), in.readVLong(), in.readString());
        }

        @Override
        public void writeTo(StreamOutput out) throws IOException {
            out.writeVInt(chunks);
            out.writeVLong(bytes);
            out.writeString(sha256);
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return builder.startObject().field("chunks", chunks).field("bytes", bytes).field("sha256", sha256).endObject();
        }
    }

    public ModelVersion {
        kinds = kinds == null ? null : List.copyOf(kinds);
    }

    /**
     * Reads a stored metadata document; fields it does not know are left aside.
     *
     * @throws IllegalStateException naming the field, when one has the wrong type or the version's id is missing
     */
    public static ModelVersion of(Map<String, Object> stored) {
        StoredFields metadata = new StoredFields("model version", stored);
        StoredFields window = metadata.object("window");
        StoredFields training = metadata.object("training");
        StoredFields storage = metadata.object("storage");
        return new ModelVersion(
            metadata.required("model_id", StoredFields::text),
            metadata.text("model_set"),
            metadata.texts("kinds"),
            metadata.instant("created"),
            metadata.text("indices"),
            metadata.text("time_field"),
            window == null ? null : window.instant("from"),
            window == null ? null : window.instant("to"),
            settings(metadata.object("settings")),
            training == null ? null : TrainResponse.of(training),
            storage == null ? null : new Storage(
                storage.required("chunks", StoredFields::integer),
                storage.required("bytes", StoredFields::wholeNumber),
                storage.required("sha256", StoredFields::text)
            )
        );
    }

    /** Settings stored before a job could list several kinds were one model's object, without {@code models}: none here. */
    private static JobModels settings(StoredFields settings) {
        List<?> models = settings == null ? null : settings.list("models");
        if (models == null) {
            return null;
        }
        try {
            return JobModels.of(settings.path("models"), models);
        } catch (IllegalArgumentException e) {
            // A kind or a setting this plugin does not know: the version still shows, without what it cannot read.
            return null;
        }
    }

    public ModelVersion(StreamInput in) throws IOException {
        this(in.readString(), in.readOptionalString(), in.readOptionalStringList(), in.readOptionalInstant(), in.readOptionalString(),
            in.readOptionalString(), in.readOptionalInstant(), in.readOptionalInstant(), in.readOptionalWriteable(JobModels::new),
            in.readOptionalWriteable(TrainResponse::new), in.readOptionalWriteable(Storage::new));
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(modelId);
        out.writeOptionalString(modelSet);
        out.writeOptionalStringCollection(kinds);
        out.writeOptionalInstant(created);
        out.writeOptionalString(indices);
        out.writeOptionalString(timeField);
        out.writeOptionalInstant(windowFrom);
        out.writeOptionalInstant(windowTo);
        out.writeOptionalWriteable(settings);
        out.writeOptionalWriteable(training);
        out.writeOptionalWriteable(storage);
    }

    /** Every field, null where the version does not say; times in epoch milliseconds. */
    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.field("model_id", modelId)
            .field("model_set", modelSet)
            .field("kinds", kinds)
            .field("created", StoredFields.millis(created))
            .field("indices", indices)
            .field("time_field", timeField)
            .startObject("window")
            .field("from", StoredFields.millis(windowFrom))
            .field("to", StoredFields.millis(windowTo))
            .endObject();
        if (settings == null) {
            builder.nullField("settings");
        } else {
            settings.toXContent(builder.startObject("settings"), params).endObject();
        }
        return builder.field("training", training, params).field("storage", storage, params);
    }
}

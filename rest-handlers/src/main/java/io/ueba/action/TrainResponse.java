package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * What a training run did: the indices it read, the logins it learned from, the version it published (the profile and
 * one model per kind the job lists) and what it trained for each kind. A kind whose training failed is left out of the
 * version, and named with the reason. A window with too few logins to train on publishes nothing, and says why: the
 * models in use stay as they are.
 *
 * @see TrainAction
 */
public class TrainResponse extends ActionResponse implements ToXContentObject {

    private final String profileVersion;
    private final long loginsRead;
    private final long loginsLearned;
    private final long loginsSkipped;
    private final int users;
    private final String modelVersion;
    private final List<TrainedKind> models;
    private final long tookMillis;
    private final String notPublishedReason;
    private final List<String> indices;
    private final List<FailedKind> failedModels;

    /**
     * @param profileVersion  the version published; null when nothing was
     * @param modelVersion    the version published; null when nothing was
     * @param models          what was trained for each kind; empty when nothing was published
     * @param notPublishedReason why nothing was published; null when the run published
     * @param indices         the indices read, where the caller resolved them ({@code _train}); empty where it did not
     * @param failedModels    the kinds whose training failed, left out of the version published
     */
    public TrainResponse(
        String profileVersion,
        long loginsRead,
        long loginsLearned,
        long loginsSkipped,
        int users,
        String modelVersion,
        List<TrainedKind> models,
        long tookMillis,
        String notPublishedReason,
        List<String> indices,
        List<FailedKind> failedModels
    ) {
        this.profileVersion = profileVersion;
        this.loginsRead = loginsRead;
        this.loginsLearned = loginsLearned;
        this.loginsSkipped = loginsSkipped;
        this.users = users;
        this.modelVersion = modelVersion;
        this.models = List.copyOf(models);
        this.tookMillis = tookMillis;
        this.notPublishedReason = notPublishedReason;
        this.indices = List.copyOf(indices);
        this.failedModels = List.copyOf(failedModels);
    }

    /** The same answer, saying which indices the run read: the ones its index expression matched. */
    public TrainResponse withIndices(List<String> read) {
        return new TrainResponse(profileVersion, loginsRead, loginsLearned, loginsSkipped, users, modelVersion, models, tookMillis,
            notPublishedReason, read, failedModels);
    }

    public List<String> indices() {
        return indices;
    }

    /**
     * Reads it back from a model version's stored metadata, as {@link #toXContent} wrote it there. A version stored
     * before a run trained several kinds has no {@code models}, and one stored before a kind could fail alone no
     * {@code failed_models}: each reads as none.
     *
     * @throws IllegalStateException naming the field, when a count is missing or a field is of the wrong type
     */
    static TrainResponse of(StoredFields stored) {
        List<StoredFields> kinds = stored.objects("models");
        List<String> indices = stored.texts("indices");
        return new TrainResponse(
            stored.text("profile_version"),
            stored.required("logins_read", StoredFields::wholeNumber),
            stored.required("logins_learned", StoredFields::wholeNumber),
            stored.required("logins_skipped", StoredFields::wholeNumber),
            stored.required("users", StoredFields::integer),
            stored.text("model_version"),
            kinds == null ? List.of() : kinds.stream().map(TrainedKind::of).toList(),
            stored.required("took_millis", StoredFields::wholeNumber),
            stored.text("reason"),
            indices == null ? List.of() : indices,
            FailedKind.listIn(stored)
        );
    }

    public TrainResponse(StreamInput in) throws IOException {
        super(in);
        this.profileVersion = in.readOptionalString();
        this.loginsRead = in.readVLong();
        this.loginsLearned = in.readVLong();
        this.loginsSkipped = in.readVLong();
        this.users = in.readVInt();
        this.modelVersion = in.readOptionalString();
        this.models = in.readList(TrainedKind::new);
        this.tookMillis = in.readVLong();
        this.notPublishedReason = in.readOptionalString();
        this.indices = in.readStringList();
        this.failedModels = in.readList(FailedKind::new);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeOptionalString(profileVersion);
        out.writeVLong(loginsRead);
        out.writeVLong(loginsLearned);
        out.writeVLong(loginsSkipped);
        out.writeVInt(users);
        out.writeOptionalString(modelVersion);
        out.writeList(models);
        out.writeVLong(tookMillis);
        out.writeOptionalString(notPublishedReason);
        out.writeStringCollection(indices);
        out.writeList(failedModels);
    }

    public List<TrainedKind> models() {
        return models;
    }

    public List<FailedKind> failedModels() {
        return failedModels;
    }

    public boolean published() {
        return notPublishedReason == null;
    }

    public String notPublishedReason() {
        return notPublishedReason;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field("published", published());
        if (notPublishedReason != null) {
            builder.field("reason", notPublishedReason);
        }
        // Set by _train, which resolves the index expression; a model's metadata names the expression instead.
        if (indices.isEmpty() == false) {
            builder.field("indices", indices);
        }
        builder.field("profile_version", profileVersion)
            .field("logins_read", loginsRead)
            .field("logins_learned", loginsLearned)
            .field("logins_skipped", loginsSkipped)
            .field("users", users)
            .field("model_version", modelVersion)
            .startArray("models");
        for (TrainedKind model : models) {
            model.toXContent(builder, params);
        }
        builder.endArray().startArray("failed_models");
        for (FailedKind failed : failedModels) {
            failed.toXContent(builder, params);
        }
        return builder.endArray().field("took_millis", tookMillis).endObject();
    }
}

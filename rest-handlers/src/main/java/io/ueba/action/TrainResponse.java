package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * What a training run did: the indices it read, the profile and the autoencoder it published, the autoencoder trained
 * from scratch or, in an incremental run, warm-started from the model in use with older logins replayed. A window with
 * too few logins to train on publishes nothing, and says why: the models in use stay as they are.
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
    private final String warmStartedFrom;
    private final int trainingRows;
    private final int replayRows;
    private final double threshold;
    private final long tookMillis;
    private final String notPublishedReason;
    private final List<String> indices;

    /**
     * @param profileVersion  the version published; null when nothing was
     * @param modelVersion    the autoencoder's version; null when nothing was published
     * @param warmStartedFrom the model whose weights the new one started from; null when it was trained from scratch
     * @param trainingRows    logins trained on, the {@code replayRows} older ones of an incremental run included
     * @param notPublishedReason why nothing was published; null when the run published
     * @param indices         the indices read, where the caller resolved them ({@code _train}); empty where it did not
     */
    public TrainResponse(
        String profileVersion,
        long loginsRead,
        long loginsLearned,
        long loginsSkipped,
        int users,
        String modelVersion,
        String warmStartedFrom,
        int trainingRows,
        int replayRows,
        double threshold,
        long tookMillis,
        String notPublishedReason,
        List<String> indices
    ) {
        this.profileVersion = profileVersion;
        this.loginsRead = loginsRead;
        this.loginsLearned = loginsLearned;
        this.loginsSkipped = loginsSkipped;
        this.users = users;
        this.modelVersion = modelVersion;
        this.warmStartedFrom = warmStartedFrom;
        this.trainingRows = trainingRows;
        this.replayRows = replayRows;
        this.threshold = threshold;
        this.tookMillis = tookMillis;
        this.notPublishedReason = notPublishedReason;
        this.indices = List.copyOf(indices);
    }

    /** The same answer, saying which indices the run read: the ones its index expression matched. */
    public TrainResponse withIndices(List<String> read) {
        return new TrainResponse(profileVersion, loginsRead, loginsLearned, loginsSkipped, users, modelVersion, warmStartedFrom, trainingRows,
            replayRows, threshold, tookMillis, notPublishedReason, read);
    }

    public List<String> indices() {
        return indices;
    }

    public TrainResponse(StreamInput in) throws IOException {
        super(in);
        this.profileVersion = in.readOptionalString();
        this.loginsRead = in.readVLong();
        this.loginsLearned = in.readVLong();
        this.loginsSkipped = in.readVLong();
        this.users = in.readVInt();
        this.modelVersion = in.readOptionalString();
        this.warmStartedFrom = in.readOptionalString();
        this.trainingRows = in.readVInt();
        this.replayRows = in.readVInt();
        this.threshold = in.readDouble();
        this.tookMillis = in.readVLong();
        this.notPublishedReason = in.readOptionalString();
        this.indices = in.readStringList();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeOptionalString(profileVersion);
        out.writeVLong(loginsRead);
        out.writeVLong(loginsLearned);
        out.writeVLong(loginsSkipped);
        out.writeVInt(users);
        out.writeOptionalString(modelVersion);
        out.writeOptionalString(warmStartedFrom);
        out.writeVInt(trainingRows);
        out.writeVInt(replayRows);
        out.writeDouble(threshold);
        out.writeVLong(tookMillis);
        out.writeOptionalString(notPublishedReason);
        out.writeStringCollection(indices);
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
        return builder
            .field("profile_version", profileVersion)
            .field("logins_read", loginsRead)
            .field("logins_learned", loginsLearned)
            .field("logins_skipped", loginsSkipped)
            .field("users", users)
            .field("model_version", modelVersion)
            .field("mode", warmStartedFrom == null ? "full" : "incremental")
            .field("warm_started_from", warmStartedFrom)
            .field("training_rows", trainingRows)
            .field("replay_rows", replayRows)
            .field("threshold", threshold)
            .field("took_millis", tookMillis)
            .endObject();
    }
}

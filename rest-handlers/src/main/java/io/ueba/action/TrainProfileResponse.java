package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * What a profile training run did.
 *
 * @see TrainProfileAction
 */
public class TrainProfileResponse extends ActionResponse implements ToXContentObject {

    private final String profileVersion;
    private final long loginsRead;
    private final long loginsLearned;
    private final long loginsSkipped;
    private final int users;
    private final long tookMillis;

    public TrainProfileResponse(String profileVersion, long loginsRead, long loginsLearned, long loginsSkipped, int users, long tookMillis) {
        this.profileVersion = profileVersion;
        this.loginsRead = loginsRead;
        this.loginsLearned = loginsLearned;
        this.loginsSkipped = loginsSkipped;
        this.users = users;
        this.tookMillis = tookMillis;
    }

    public TrainProfileResponse(StreamInput in) throws IOException {
        super(in);
        this.profileVersion = in.readString();
        this.loginsRead = in.readVLong();
        this.loginsLearned = in.readVLong();
        this.loginsSkipped = in.readVLong();
        this.users = in.readVInt();
        this.tookMillis = in.readVLong();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(profileVersion);
        out.writeVLong(loginsRead);
        out.writeVLong(loginsLearned);
        out.writeVLong(loginsSkipped);
        out.writeVInt(users);
        out.writeVLong(tookMillis);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("profile_version", profileVersion)
            .field("logins_read", loginsRead)
            .field("logins_learned", loginsLearned)
            .field("logins_skipped", loginsSkipped)
            .field("users", users)
            .field("took_millis", tookMillis)
            .endObject();
    }
}

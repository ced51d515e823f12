package io.ueba.action;

import io.ueba.ml.profile.BoundedList;
import io.ueba.ml.profile.EndpointView;
import io.ueba.ml.profile.EntityKind;
import io.ueba.ml.profile.EntityView;
import io.ueba.ml.profile.UserView;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * One entity as a page shows it: its name as the models write it, the model set and profile version it was looked up
 * in, whether that profile knows it, and its lists, each as {@code {"total", "values"}}. A set with no profile yet is
 * no error: its entities are unknown, with {@code "profile_status": "missing"}.
 */
public class EntityResponse extends ActionResponse implements ToXContentObject {

    private final String modelSet;
    private final String profileVersion;
    private final EntityView entity;

    /** @param profileVersion the version of the profile in use; null when the set has none yet */
    public EntityResponse(String modelSet, String profileVersion, EntityView entity) {
        this.modelSet = modelSet;
        this.profileVersion = profileVersion;
        this.entity = entity;
    }

    public EntityResponse(StreamInput in) throws IOException {
        this(in.readString(), in.readOptionalString(), readView(in));
    }

    public EntityView entity() {
        return entity;
    }

    public String profileVersion() {
        return profileVersion;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(modelSet);
        out.writeOptionalString(profileVersion);
        out.writeEnum(entity.kind());
        out.writeString(entity.name());
        out.writeBoolean(entity.known());
        switch (entity) {
            case UserView user -> {
                writeList(out, user.sources());
                writeList(out, user.countries());
                out.writeCollection(user.usualHours(), StreamOutput::writeVInt);
                out.writeVInt(user.distinctSources());
            }
            case EndpointView endpoint -> {
                writeList(out, endpoint.users());
                writeList(out, endpoint.sources());
                writeList(out, endpoint.destinations());
            }
        }
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject()
            .field("kind", entity.kind().jsonName())
            .field("name", entity.name())
            .field("model_set", modelSet)
            .field("profile_status", profileVersion == null ? "missing" : "published")
            .field("profile_version", profileVersion)
            .field("known", entity.known());
        switch (entity) {
            case UserView user -> {
                list(builder, "sources", user.sources());
                list(builder, "countries", user.countries());
                builder.field("usual_hours", user.usualHours()).field("distinct_sources", user.distinctSources());
            }
            case EndpointView endpoint -> {
                list(builder, "users", endpoint.users());
                list(builder, "sources", endpoint.sources());
                list(builder, "destinations", endpoint.destinations());
            }
        }
        return builder.endObject();
    }

    private static void list(XContentBuilder builder, String name, BoundedList list) throws IOException {
        builder.startObject(name).field("total", list.total()).field("values", list.values()).endObject();
    }

    private static void writeList(StreamOutput out, BoundedList list) throws IOException {
        out.writeVInt(list.total());
        out.writeStringCollection(list.values());
    }

    private static BoundedList readList(StreamInput in) throws IOException {
        return new BoundedList(in.readVInt(), in.readStringList());
    }

    private static EntityView readView(StreamInput in) throws IOException {
        EntityKind kind = in.readEnum(EntityKind.class);
        String name = in.readString();
        boolean known = in.readBoolean();
        if (kind == EntityKind.USER) {
            return new UserView(name, known, readList(in), readList(in), in.readList(StreamInput::readVInt), in.readVInt());
        }
        return new EndpointView(kind, name, known, readList(in), readList(in), readList(in));
    }
}

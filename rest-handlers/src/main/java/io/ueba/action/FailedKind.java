package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * A model kind a run left out of the version it published, because its training failed, and why: the run published
 * the kinds that trained.
 */
public record FailedKind(String kind, String reason) implements Writeable, ToXContentObject {

    /**
     * Reads it back from a stored document (a model version's metadata, a run's status), as {@link #toXContent} wrote it.
     *
     * @throws IllegalStateException naming the field, when one is missing or of the wrong type
     */
    static FailedKind of(StoredFields stored) {
        return new FailedKind(stored.required("kind", StoredFields::text), stored.required("reason", StoredFields::text));
    }

    /** A stored document's {@code failed_models}; none when it has none, as one stored before a kind could fail alone. */
    static List<FailedKind> listIn(StoredFields document) {
        List<StoredFields> failed = document.objects("failed_models");
        return failed == null ? List.of() : failed.stream().map(FailedKind::of).toList();
    }

    public FailedKind(StreamInput in) throws IOException {
        this(in.readString(), in.readString());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(kind);
        out.writeString(reason);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject().field("kind", kind).field("reason", reason).endObject();
    }
}

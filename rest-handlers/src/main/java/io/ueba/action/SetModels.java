package io.ueba.action;

import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model set on one node: the version ingest scores with and the version of each kind's model in it, the version
 * the store's pointer names, a version the node cannot use (written by another plugin version, or damaged), the kinds
 * of the version in use it could not read, and the last error of its look at the store.
 *
 * @param scorers       the version of each kind's model in use, by kind
 * @param documentFields the further fields of a login's document that the models in use read at ingest (an RGCN's
 *                      {@code relation_field}); usually none
 * @param unusableKinds why each kind of the version in use that the node could not read was passed over, by kind
 * @param errorAtMillis when the last check failed; null when it did not
 */
public record SetModels(String inUse, Map<String, String> scorers, List<String> documentFields, String wanted, String unusable,
    Map<String, String> unusableKinds, String lastError, Long errorAtMillis) implements Writeable, ToXContentObject {

    public SetModels {
        scorers = new TreeMap<>(scorers);
        documentFields = documentFields.stream().sorted().toList();
        unusableKinds = new TreeMap<>(unusableKinds);
    }

    public SetModels(StreamInput in) throws IOException {
        this(in.readOptionalString(), in.readMap(StreamInput::readString, StreamInput::readString), in.readStringList(),
            in.readOptionalString(), in.readOptionalString(), in.readMap(StreamInput::readString, StreamInput::readString),
            in.readOptionalString(), in.readOptionalLong());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeOptionalString(inUse);
        out.writeMap(scorers, StreamOutput::writeString, StreamOutput::writeString);
        out.writeStringCollection(documentFields);
        out.writeOptionalString(wanted);
        out.writeOptionalString(unusable);
        out.writeMap(unusableKinds, StreamOutput::writeString, StreamOutput::writeString);
        out.writeOptionalString(lastError);
        out.writeOptionalLong(errorAtMillis);
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().startObject("scoring_with").field("profile", inUse);
        for (Map.Entry<String, String> scorer : scorers.entrySet()) {
            builder.field(scorer.getKey(), scorer.getValue());
        }
        builder.endObject();
        if (documentFields.isEmpty() == false) {
            builder.field("document_fields", documentFields);
        }
        builder.field("store_current", wanted);
        if (unusable != null) {
            builder.field("unusable_model", unusable);
        }
        if (unusableKinds.isEmpty() == false) {
            builder.field("unusable_kinds", unusableKinds);
        }
        if (lastError != null) {
            builder.startObject("last_sync_error").field("message", lastError).field("at", errorAtMillis).endObject();
        }
        return builder.endObject();
    }
}

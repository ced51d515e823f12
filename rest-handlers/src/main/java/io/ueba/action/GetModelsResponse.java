package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stored model versions as the store describes them (type, window, training counts, threshold, storage), each marked
 * with whether it is the one in use. A request for one version answers with that version alone.
 */
public class GetModelsResponse extends ActionResponse implements ToXContentObject {

    private final String currentId;
    private final List<Map<String, Object>> models;
    private final boolean single;

    private GetModelsResponse(String currentId, List<Map<String, Object>> models, boolean single) {
        this.currentId = currentId;
        this.models = models;
        this.single = single;
    }

    /** @param currentId the version in use; null while there is none */
    public static GetModelsResponse list(String currentId, List<Map<String, Object>> models) {
        return new GetModelsResponse(currentId, List.copyOf(models), false);
    }

    public static GetModelsResponse one(String currentId, Map<String, Object> model) {
        return new GetModelsResponse(currentId, List.of(model), true);
    }

    public GetModelsResponse(StreamInput in) throws IOException {
        super(in);
        this.currentId = in.readOptionalString();
        this.models = in.readList(StreamInput::readMap);
        this.single = in.readBoolean();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeOptionalString(currentId);
        out.writeCollection(models, StreamOutput::writeMap);
        out.writeBoolean(single);
    }

    public List<Map<String, Object>> models() {
        return models;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        if (single) {
            return model(builder, models.getFirst());
        }
        builder.startObject().field("current", currentId).startArray("models");
        for (Map<String, Object> model : models) {
            model(builder, model);
        }
        return builder.endArray().endObject();
    }

    private XContentBuilder model(XContentBuilder builder, Map<String, Object> model) throws IOException {
        builder.startObject();
        for (Map.Entry<String, Object> field : model.entrySet()) {
            if (field.getKey().equals("doc_type") == false) {
                builder.field(field.getKey(), field.getValue());
            }
        }
        return builder.field("current", Objects.equals(currentId, model.get("model_id"))).endObject();
    }
}

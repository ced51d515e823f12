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
import java.util.TreeMap;

/**
 * Stored model versions as the store describes them (model set, kinds, window, settings, what the run trained,
 * storage), each marked with whether it is the one its model set uses, and the version in use of each set. A request
 * for one version answers with that version alone.
 */
public class GetModelsResponse extends ActionResponse implements ToXContentObject {

    private final Map<String, String> currentIds;
    private final List<Map<String, Object>> models;
    private final boolean single;

    private GetModelsResponse(Map<String, String> currentIds, List<Map<String, Object>> models, boolean single) {
        this.currentIds = new TreeMap<>(currentIds);
        this.models = models;
        this.single = single;
    }

    /** @param currentIds the version in use of each model set, by set */
    public static GetModelsResponse list(Map<String, String> currentIds, List<Map<String, Object>> models) {
        return new GetModelsResponse(currentIds, List.copyOf(models), false);
    }

    public static GetModelsResponse one(Map<String, String> currentIds, Map<String, Object> model) {
        return new GetModelsResponse(currentIds, List.of(model), true);
    }

    public GetModelsResponse(StreamInput in) throws IOException {
        super(in);
        this.currentIds = new TreeMap<>(in.readMap(StreamInput::readString, StreamInput::readString));
        this.models = in.readList(StreamInput::readMap);
        this.single = in.readBoolean();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeMap(currentIds, StreamOutput::writeString, StreamOutput::writeString);
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
        builder.startObject().field("current", currentIds).startArray("models");
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
        return builder.field("current", Objects.equals(currentIds.get(model.get("model_set")), model.get("model_id"))).endObject();
    }
}

package io.ueba.action;

import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored model versions as the store describes them ({@link ModelVersion}: model set, kinds, window, settings, what the
 * run trained, storage), each marked with whether it is the one its model set uses, and the version in use of each set. A request
 * for one version answers with that version alone.
 */
public class GetModelsResponse extends ActionResponse implements ToXContentObject {

    private final Map<String, String> currentIds;
    private final List<ModelVersion> models;
    private final boolean single;

    private GetModelsResponse(Map<String, String> currentIds, List<ModelVersion> models, boolean single) {
        this.currentIds = new TreeMap<>(currentIds);
        this.models = models;
        this.single = single;
    }

    /** @param currentIds the version in use of each model set, by set */
    public static GetModelsResponse list(Map<String, String> currentIds, List<ModelVersion> models) {
        return new GetModelsResponse(currentIds, List.copyOf(models), false);
    }

    public static GetModelsResponse one(Map<String, String> currentIds, ModelVersion model) {
        return new GetModelsResponse(currentIds, List.of(model), true);
    }

    public GetModelsResponse(StreamInput in) throws IOException {
        super(in);
        this.currentIds = new TreeMap<>(in.readMap(StreamInput::readString, StreamInput::readString));
        this.models = in.readList(ModelVersion::new);
        this.single = in.readBoolean();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeMap(currentIds, StreamOutput::writeString, StreamOutput::writeString);
        out.writeList(models);
        out.writeBoolean(single);
    }

    public List<ModelVersion> models() {
        return models;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        if (single) {
            return model(builder, models.getFirst(), params);
        }
        builder.startObject().field("current", currentIds).startArray("models");
        for (ModelVersion model : models) {
            model(builder, model, params);
        }
        return builder.endArray().endObject();
    }

    private XContentBuilder model(XContentBuilder builder, ModelVersion model, Params params) throws IOException {
        return model.toXContent(builder.startObject(), params).field("current", current(model)).endObject();
    }

    /** Whether the version is the one its set uses; a version stored before there were sets names none, and is not. */
    private boolean current(ModelVersion model) {
        return model.modelSet() != null && model.modelId().equals(currentIds.get(model.modelSet()));
    }
}

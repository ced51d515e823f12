package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;

/** Every stored model version, or the one named. */
public class GetModelsRequest extends ActionRequest {

    private final String modelId;

    /** @param modelId null for every version */
    public GetModelsRequest(String modelId) {
        this.modelId = modelId;
    }

    public GetModelsRequest(StreamInput in) throws IOException {
        super(in);
        this.modelId = in.readOptionalString();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeOptionalString(modelId);
    }

    /** @return null for every version */
    public String modelId() {
        return modelId;
    }

    @Override
    public ActionRequestValidationException validate() {
        if (modelId != null && modelId.isBlank()) {
            ActionRequestValidationException errors = new ActionRequestValidationException();
            errors.addValidationError("[model_id] must not be blank");
            return errors;
        }
        return null;
    }
}

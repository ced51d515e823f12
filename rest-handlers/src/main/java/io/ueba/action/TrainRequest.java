package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;

/** Which logins a run learns from (the indices, and how far back from now) and the model set it publishes to. */
public class TrainRequest extends ActionRequest {

    public static final String DEFAULT_INDEX = "logins-*";
    public static final TimeValue DEFAULT_WINDOW = TimeValue.timeValueDays(30);

    private final String index;
    private final TimeValue window;
    private final String modelSet;

    public TrainRequest(String index, TimeValue window, String modelSet) {
        this.index = index;
        this.window = window;
        this.modelSet = modelSet;
    }

    public TrainRequest(StreamInput in) throws IOException {
        super(in);
        this.index = in.readString();
        this.window = in.readTimeValue();
        this.modelSet = in.readString();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeString(index);
        out.writeTimeValue(window);
        out.writeString(modelSet);
    }

    public String index() {
        return index;
    }

    public TimeValue window() {
        return window;
    }

    public String modelSet() {
        return modelSet;
    }

    @Override
    public ActionRequestValidationException validate() {
        ActionRequestValidationException errors = null;
        if (index == null || index.isBlank()) {
            errors = new ActionRequestValidationException();
            errors.addValidationError("[index] must name the login indices");
        }
        if (window == null || window.millis() <= 0) {
            errors = errors == null ? new ActionRequestValidationException() : errors;
            errors.addValidationError("[window] must be a positive time, e.g. 30d");
        }
        String badSet = ResourceNames.problem("model_set", modelSet).orElse(null);
        if (badSet != null) {
            errors = errors == null ? new ActionRequestValidationException() : errors;
            errors.addValidationError(badSet);
        }
        return errors;
    }
}

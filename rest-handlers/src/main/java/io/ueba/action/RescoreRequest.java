package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;
import java.time.Instant;

/**
 * Which logins to score again: those of {@code index} whose {@code timeField} is in [from, to), all of them or only the
 * ones that were indexed before any model ({@code ueba.status: no_model}); through {@code pipeline} (the index's
 * default pipeline when null), at most {@code requestsPerSecond} documents a second.
 */
public class RescoreRequest extends ActionRequest {

    public static final String DEFAULT_TIME_FIELD = "@timestamp";
    public static final float DEFAULT_REQUESTS_PER_SECOND = 1000;

    private final String index;
    private final String timeField;
    private final Instant from;
    private final Instant to;
    private final boolean onlyUnscored;
    private final String pipeline;
    private final float requestsPerSecond;
    private final boolean waitForCompletion;

    public RescoreRequest(String index, String timeField, Instant from, Instant to, boolean onlyUnscored, String pipeline,
        float requestsPerSecond, boolean waitForCompletion) {
        this.index = index;
        this.timeField = timeField;
        this.from = from;
        this.to = to;
        this.onlyUnscored = onlyUnscored;
        this.pipeline = pipeline;
        this.requestsPerSecond = requestsPerSecond;
        this.waitForCompletion = waitForCompletion;
    }

    public RescoreRequest(StreamInput in) throws IOException {
        super(in);
        this.index = in.readString();
        this.timeField = in.readString();
        this.from = in.readInstant();
        this.to = in.readInstant();
        this.onlyUnscored = in.readBoolean();
        this.pipeline = in.readOptionalString();
        this.requestsPerSecond = in.readFloat();
        this.waitForCompletion = in.readBoolean();
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeString(index);
        out.writeString(timeField);
        out.writeInstant(from);
        out.writeInstant(to);
        out.writeBoolean(onlyUnscored);
        out.writeOptionalString(pipeline);
        out.writeFloat(requestsPerSecond);
        out.writeBoolean(waitForCompletion);
    }

    public String index() {
        return index;
    }

    public String timeField() {
        return timeField;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public boolean onlyUnscored() {
        return onlyUnscored;
    }

    /** @return null for the index's default pipeline */
    public String pipeline() {
        return pipeline;
    }

    public float requestsPerSecond() {
        return requestsPerSecond;
    }

    public boolean waitForCompletion() {
        return waitForCompletion;
    }

    @Override
    public ActionRequestValidationException validate() {
        ActionRequestValidationException errors = new ActionRequestValidationException();
        if (index == null || index.isBlank()) {
            errors.addValidationError("[index] must name the login indices to rescore");
        }
        if (timeField == null || timeField.isBlank()) {
            errors.addValidationError("[time_field] must name a date field");
        }
        if (from == null || to == null || from.isBefore(to) == false) {
            errors.addValidationError("[from] must be before [to], got [" + from + "] and [" + to + "]");
        }
        if (requestsPerSecond <= 0 || Float.isNaN(requestsPerSecond)) {
            errors.addValidationError("[requests_per_second] must be positive, got [" + requestsPerSecond + "]");
        }
        return errors.validationErrors().isEmpty() ? null : errors;
    }
}

package io.ueba.action;

import org.opensearch.action.ActionRequest;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;

import java.io.IOException;

/**
 * One operation on the training jobs: {@link Operation#PUT} carries the job's settings, {@link Operation#UPDATE} the
 * changes to them, {@link Operation#LIST} no id.
 */
public class JobRequest extends ActionRequest {

    public enum Operation {
        PUT,
        GET,
        LIST,
        DELETE,
        START,
        STOP,
        RUN,
        UPDATE;

        /** Whether the operation only reads: those go through {@link GetJobsAction}, the others through {@link JobAction}. */
        public boolean reads() {
            return this == GET || this == LIST;
        }
    }

    private final Operation operation;
    private final String jobId;
    private final JobConfig config;
    private final JobUpdate update;

    /** @param config the settings of a PUT; null otherwise */
    public JobRequest(Operation operation, String jobId, JobConfig config) {
        this(operation, jobId, config, null);
    }

    /** An {@link Operation#UPDATE} of the job. */
    public JobRequest(String jobId, JobUpdate update) {
        this(Operation.UPDATE, jobId, null, update);
    }

    private JobRequest(Operation operation, String jobId, JobConfig config, JobUpdate update) {
        this.operation = operation;
        this.jobId = jobId;
        this.config = config;
        this.update = update;
    }

    public JobRequest(StreamInput in) throws IOException {
        super(in);
        this.operation = in.readEnum(Operation.class);
        this.jobId = in.readOptionalString();
        this.config = in.readOptionalWriteable(JobConfig::new);
        this.update = in.readOptionalWriteable(JobUpdate::new);
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        super.writeTo(out);
        out.writeEnum(operation);
        out.writeOptionalString(jobId);
        out.writeOptionalWriteable(config);
        out.writeOptionalWriteable(update);
    }

    public Operation operation() {
        return operation;
    }

    public String jobId() {
        return jobId;
    }

    public JobConfig config() {
        return config;
    }

    public JobUpdate update() {
        return update;
    }

    @Override
    public ActionRequestValidationException validate() {
        ActionRequestValidationException errors = new ActionRequestValidationException();
        // Only a PUT may create a job, so only its id must follow the rules: a job stored before they did can still
        // be shown, changed, run and deleted.
        if (operation == Operation.PUT) {
            ResourceNames.problem(jobId).ifPresent(errors::addValidationError);
        } else if (operation != Operation.LIST && (jobId == null || jobId.isEmpty())) {
            errors.addValidationError("[job_id] must not be empty");
        }
        if ((operation == Operation.PUT) != (config != null)) {
            errors.addValidationError("only PUT carries the job's settings");
        }
        if ((operation == Operation.UPDATE) != (update != null)) {
            errors.addValidationError("only _update carries changes to the job's settings");
        }
        return errors.validationErrors().isEmpty() ? null : errors;
    }
}

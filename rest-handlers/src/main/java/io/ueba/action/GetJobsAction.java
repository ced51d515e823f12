package io.ueba.action;

import org.opensearch.action.ActionType;

/**
 * Shows a training job, or lists them, with the latest run of each. A name of its own, under {@code cluster:monitor},
 * so that a security admin can let an analyst read jobs without letting them change one ({@link JobAction}).
 */
public class GetJobsAction extends ActionType<JobResponse> {

    public static final String NAME = "cluster:monitor/ueba/jobs/get";
    public static final GetJobsAction INSTANCE = new GetJobsAction();

    private GetJobsAction() {
        super(NAME, JobResponse::new);
    }
}

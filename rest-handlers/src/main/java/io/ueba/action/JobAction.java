package io.ueba.action;

import org.opensearch.action.ActionType;

/** Creates, updates, deletes, starts, stops and runs training jobs; reading them is {@link GetJobsAction}. */
public class JobAction extends ActionType<JobResponse> {

    public static final String NAME = "cluster:admin/ueba/jobs";
    public static final JobAction INSTANCE = new JobAction();

    private JobAction() {
        super(NAME, JobResponse::new);
    }
}

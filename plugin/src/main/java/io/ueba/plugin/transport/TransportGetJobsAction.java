package io.ueba.plugin.transport;

import io.ueba.action.GetJobsAction;
import io.ueba.action.JobAction;
import io.ueba.action.JobRequest;
import io.ueba.action.JobResponse;
import io.ueba.action.JobResponse.Listed;
import io.ueba.action.JobResponse.Shown;
import io.ueba.plugin.job.JobViews;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

/** Shows one job or lists them, each with its latest run, on the generic pool: the stores block on their indices. */
public class TransportGetJobsAction extends HandledTransportAction<JobRequest, JobResponse> {

    private final ThreadPool threadPool;
    private final JobViews views;

    @Inject
    public TransportGetJobsAction(TransportService transportService, ActionFilters actionFilters, ThreadPool threadPool, JobViews views) {
        super(GetJobsAction.NAME, transportService, actionFilters, JobRequest::new);
        this.threadPool = threadPool;
        this.views = views;
    }

    @Override
    protected void doExecute(Task task, JobRequest request, ActionListener<JobResponse> listener) {
        threadPool.generic().execute(ActionRunnable.supply(listener, () -> switch (request.operation()) {
            case GET -> new JobResponse(new Shown(views.view(request.jobId())));
            case LIST -> new JobResponse(new Listed(views.list()));
            default -> throw new IllegalArgumentException("[" + request.operation() + "] changes a job: it goes through [" + JobAction.NAME + "]");
        }));
    }
}

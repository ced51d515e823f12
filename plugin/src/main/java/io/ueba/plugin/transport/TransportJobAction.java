package io.ueba.plugin.transport;

import io.ueba.action.GetJobsAction;
import io.ueba.action.JobAction;
import io.ueba.action.JobConfig;
import io.ueba.action.JobRequest;
import io.ueba.action.JobResponse;
import io.ueba.action.JobResponse.Deleted;
import io.ueba.action.JobResponse.RunStarted;
import io.ueba.action.JobResponse.Shown;
import io.ueba.action.JobResponse.Stored;
import io.ueba.plugin.job.JobRuns;
import io.ueba.plugin.job.JobStore;
import io.ueba.plugin.job.JobViews;
import io.ueba.plugin.job.UebaJob;
import io.ueba.plugin.training.MlNodes;
import org.opensearch.OpenSearchStatusException;
import org.opensearch.action.ActionRunnable;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Every operation that changes a job, on the generic pool: the job and model stores block on their indices. {@code _run}
 * starts the run on the job's ML node (see {@link MlNodes}). Reading jobs is {@link TransportGetJobsAction}'s, under
 * another action name, so that a role can be let read jobs without being let change them.
 */
public class TransportJobAction extends HandledTransportAction<JobRequest, JobResponse> {

    private final ThreadPool threadPool;
    private final JobStore jobs;
    private final JobRuns runs;
    private final JobViews views;
    private final MlNodeRouting<JobRequest, JobResponse> runRouting;

    @Inject
    public TransportJobAction(
        TransportService transportService,
        ActionFilters actionFilters,
        ThreadPool threadPool,
        ClusterService clusterService,
        MlNodes mlNodes,
        JobStore jobs,
        JobRuns runs,
        JobViews views
    ) {
        super(JobAction.NAME, transportService, actionFilters, JobRequest::new);
        this.threadPool = threadPool;
        this.jobs = jobs;
        this.runs = runs;
        this.views = views;
        this.runRouting = new MlNodeRouting<>(JobAction.NAME, transportService, clusterService, mlNodes, JobRequest::new, JobResponse::new,
            (run, listener) -> threadPool.generic().execute(ActionRunnable.supply(listener, () -> startHere(run.jobId()))));
    }

    @Override
    protected void doExecute(Task task, JobRequest request, ActionListener<JobResponse> listener) {
        if (request.operation() == JobRequest.Operation.RUN) {
            runRouting.execute(request.jobId(), request, listener);
        } else {
            threadPool.generic().execute(ActionRunnable.supply(listener, () -> execute(request)));
        }
    }

    private JobResponse startHere(String id) throws IOException {
        String runId = runs.startNow(id, existing(id))
            .orElseThrow(() -> new OpenSearchStatusException("job [{}] is already running", RestStatus.CONFLICT, id));
        return new JobResponse(new RunStarted(id, runId));
    }

    private JobResponse execute(JobRequest request) throws IOException {
        String id = request.jobId();
        return switch (request.operation()) {
            case PUT -> put(id, request.config());
            case UPDATE -> put(id, request.update().applyTo(existing(id).config()));
            case GET, LIST -> throw new IllegalArgumentException("jobs are read through [" + GetJobsAction.NAME + "]");
            case DELETE -> {
                if (jobs.delete(id) == false) {
                    throw JobViews.notFound(id);
                }
                yield new JobResponse(new Deleted(id));
            }
            case START, STOP -> switchSchedule(id, request.operation() == JobRequest.Operation.START);
            case RUN -> throw new IllegalStateException("a run is started on its ML node");
        };
    }

    private JobResponse put(String id, JobConfig config) throws IOException {
        refuseASetAnotherJobTrains(id, config.modelSet());
        UebaJob previous = jobs.get(id).orElse(null);
        UebaJob job = UebaJob.fromConfig(id, config, previous, Instant.now());
        boolean created = jobs.put(id, job);
        return new JobResponse(new Stored(views.view(id, job), created));
    }

    /** Two jobs publishing to one model set would each replace the other's models at every run. */
    private void refuseASetAnotherJobTrains(String id, String modelSet) throws IOException {
        for (Map.Entry<String, UebaJob> other : jobs.list().entrySet()) {
            if (other.getKey().equals(id) == false && other.getValue().modelSet().equals(modelSet)) {
                throw new OpenSearchStatusException("[model_set] [{}] is already trained by job [{}]: give this job a [model_set] of its "
                    + "own, and name it in the [model_set] option of the ueba_login_features processor of the pipelines it is for",
                    RestStatus.CONFLICT, modelSet, other.getKey());
            }
        }
    }

    private JobResponse switchSchedule(String id, boolean enabled) throws IOException {
        UebaJob job = existing(id).withEnabled(enabled, Instant.now());
        jobs.put(id, job);
        return new JobResponse(new Shown(views.view(id, job)));
    }

    private UebaJob existing(String id) throws IOException {
        return views.existing(id);
    }
}

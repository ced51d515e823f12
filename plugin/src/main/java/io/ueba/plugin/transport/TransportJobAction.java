package io.ueba.plugin.transport;

import io.ueba.action.JobAction;
import io.ueba.action.JobConfig;
import io.ueba.action.JobRequest;
import io.ueba.action.JobResponse;
import io.ueba.plugin.job.JobRuns;
import io.ueba.plugin.job.JobStore;
import io.ueba.plugin.job.UebaJob;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.training.MlNodes;
import io.ueba.plugin.training.RunLiveness;
import org.opensearch.OpenSearchStatusException;
import org.opensearch.ResourceNotFoundException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every job operation, on the generic pool: the job and model stores block on their indices. {@code _run} starts the
 * run on the job's ML node (see {@link MlNodes}).
 */
public class TransportJobAction extends HandledTransportAction<JobRequest, JobResponse> {

    private final ThreadPool threadPool;
    private final ClusterService clusterService;
    private final JobStore jobs;
    private final JobRuns runs;
    private final ModelStore models;
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
        ModelStore models
    ) {
        super(JobAction.NAME, transportService, actionFilters, JobRequest::new);
        this.threadPool = threadPool;
        this.clusterService = clusterService;
        this.jobs = jobs;
        this.runs = runs;
        this.models = models;
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
        return new JobResponse(RestStatus.ACCEPTED, Map.of("_id", id, "run_id", runId));
    }

    private JobResponse execute(JobRequest request) throws IOException {
        String id = request.jobId();
        return switch (request.operation()) {
            case PUT -> put(id, request.config());
            case UPDATE -> put(id, request.update().applyTo(existing(id).config()));
            case GET -> new JobResponse(RestStatus.OK, describe(id, existing(id)));
            case LIST -> list();
            case DELETE -> {
                if (jobs.delete(id) == false) {
                    throw notFound(id);
                }
                yield new JobResponse(RestStatus.OK, Map.of("_id", id, "result", "deleted"));
            }
            case START, STOP -> switchSchedule(id, request.operation() == JobRequest.Operation.START);
            case RUN -> throw new IllegalStateException("a run is started on its ML node");
        };
    }

    private JobResponse put(String id, JobConfig config) throws IOException {
        UebaJob previous = jobs.get(id).orElse(null);
        UebaJob job = UebaJob.fromConfig(id, config, previous, Instant.now());
        boolean created = jobs.put(id, job);
        Map<String, Object> body = new HashMap<>(describe(id, job));
        body.put("result", created ? "created" : "updated");
        return new JobResponse(created ? RestStatus.CREATED : RestStatus.OK, body);
    }

    private JobResponse switchSchedule(String id, boolean enabled) throws IOException {
        UebaJob job = existing(id).withEnabled(enabled, Instant.now());
        jobs.put(id, job);
        return new JobResponse(RestStatus.OK, describe(id, job));
    }

    private JobResponse list() throws IOException {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Map.Entry<String, UebaJob> job : jobs.list().entrySet()) {
            listed.add(describe(job.getKey(), job.getValue()));
        }
        return new JobResponse(RestStatus.OK, Map.of("jobs", listed));
    }

    /** A job with its latest run's status. */
    private Map<String, Object> describe(String id, UebaJob job) throws IOException {
        Map<String, Object> described = new HashMap<>();
        described.put("_id", id);
        described.put("job", JobStore.asMap(job));
        described.put("last_run", models.latestRun(id).map(run -> RunLiveness.asSeen(run, clusterService.state().nodes(), Instant.now())).orElse(null));
        return described;
    }

    private UebaJob existing(String id) throws IOException {
        return jobs.get(id).orElseThrow(() -> notFound(id));
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("job [{}] does not exist", id);
    }
}

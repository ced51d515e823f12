package io.ueba.plugin.job;

import io.ueba.action.JobView;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.training.RunLiveness;
import org.opensearch.ResourceNotFoundException;
import org.opensearch.cluster.service.ClusterService;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jobs as the API shows them, each with its latest run's status as seen now: what reading a job answers, and what
 * changing one answers with. Blocks on the job and model stores: call it from the generic pool.
 */
public final class JobViews {

    private final JobStore jobs;
    private final ModelStore models;
    private final ClusterService clusterService;

    public JobViews(JobStore jobs, ModelStore models, ClusterService clusterService) {
        this.jobs = jobs;
        this.models = models;
        this.clusterService = clusterService;
    }

    /** A job with its latest run's status. */
    public JobView view(String id, UebaJob job) {
        return new JobView(id, job.config(), job.enabledTime(), job.lastUpdateTime(),
            models.latestRun(id).map(run -> RunLiveness.asSeen(run, clusterService.state().nodes(), Instant.now())).orElse(null));
    }

    /** @throws ResourceNotFoundException when there is no such job */
    public JobView view(String id) throws IOException {
        return view(id, existing(id));
    }

    /** Every job, in id order. */
    public List<JobView> list() throws IOException {
        List<JobView> listed = new ArrayList<>();
        for (Map.Entry<String, UebaJob> job : jobs.list().entrySet()) {
            listed.add(view(job.getKey(), job.getValue()));
        }
        return listed;
    }

    /** @throws ResourceNotFoundException when there is no such job */
    public UebaJob existing(String id) throws IOException {
        return jobs.get(id).orElseThrow(() -> notFound(id));
    }

    public static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("job [{}] does not exist", id);
    }
}

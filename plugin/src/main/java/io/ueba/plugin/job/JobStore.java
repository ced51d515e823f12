package io.ueba.plugin.job;

import io.ueba.plugin.index.SystemIndex;
import org.opensearch.action.DocWriteResponse;
import org.opensearch.action.delete.DeleteRequest;
import org.opensearch.action.get.GetResponse;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.xcontent.LoggingDeprecationHandler;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.IndexNotFoundException;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.transport.client.Client;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Our training jobs as documents in {@value UebaJobSchedulerExtension#JOB_INDEX}, the index Job Scheduler sweeps for
 * them. Writes are refreshed at once, so the sweeper and a following GET see them. Blocking: call it off the
 * transport threads.
 */
public final class JobStore {

    static final int MAX_LISTED = 1000;

    private final Client client;
    private final SystemIndex index;

    public JobStore(Client client, ClusterService clusterService) {
        this.client = client;
        this.index = new SystemIndex(client, clusterService, UebaJobSchedulerExtension.JOB_INDEX, JobStore.class, "job-index-mappings.json");
    }

    /** @return true when the job is new, false when it replaced one */
    public boolean put(String jobId, UebaJob job) {
        return index.asPlugin(() -> {
            index.createIfMissing();
            IndexRequest request = new IndexRequest(UebaJobSchedulerExtension.JOB_INDEX).id(jobId)
                .source(job.toXContent(XContentFactory.jsonBuilder(), ToXContent.EMPTY_PARAMS))
                .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
            return client.index(request).actionGet().getResult() == DocWriteResponse.Result.CREATED;
        });
    }

    public Optional<UebaJob> get(String jobId) throws IOException {
        Optional<GetResponse> response = index.get(jobId);
        return response.isPresent() ? Optional.of(parse(response.get().getSourceAsBytesRef())) : Optional.empty();
    }

    /** Every job by its id, in id order. */
    public Map<String, UebaJob> list() throws IOException {
        Map<String, UebaJob> jobs = new TreeMap<>();
        for (SearchHit hit : index.search(new SearchSourceBuilder().size(MAX_LISTED))) {
            jobs.put(hit.getId(), parse(hit.getSourceRef()));
        }
        return jobs;
    }

    /** @return false when there was no such job */
    public boolean delete(String jobId) {
        return index.asPlugin(() -> {
            try {
                DeleteRequest request = new DeleteRequest(UebaJobSchedulerExtension.JOB_INDEX, jobId).setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
                return client.delete(request).actionGet().getResult() == DocWriteResponse.Result.DELETED;
            } catch (IndexNotFoundException e) {
                return false;
            }
        });
    }

    private static UebaJob parse(BytesReference source) throws IOException {
        try (XContentParser parser = XContentHelper.createParser(NamedXContentRegistry.EMPTY, LoggingDeprecationHandler.INSTANCE, source, MediaTypeRegistry.JSON)) {
            return UebaJob.parse(parser);
        }
    }
}

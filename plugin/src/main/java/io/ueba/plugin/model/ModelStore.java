package io.ueba.plugin.model;

import io.ueba.action.JobConfig;
import io.ueba.action.ModelVersion;
import io.ueba.action.RunStatus;
import io.ueba.plugin.index.SystemIndex;
import org.opensearch.action.bulk.BulkRequest;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.delete.DeleteRequest;
import org.opensearch.action.get.GetResponse;
import org.opensearch.action.get.MultiGetItemResponse;
import org.opensearch.action.get.MultiGetRequest;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.search.sort.SortOrder;
import org.opensearch.transport.client.Client;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Model versions in the {@value #INDEX} system index, so that they outlive the node that trained them and reach every
 * ingest node. Versions belong to a model set (one per job, named by the job's {@code model_set}); a version is its
 * bytes in chunks plus a metadata document. Each set's pointer document names the set's version in use and is switched
 * only after every chunk and the metadata are written, so a reader never follows it to a half-written model. The set's
 * older versions beyond the number to keep are deleted after the switch. Beside the models it holds the status
 * document of each training run, which the run rewrites as it goes.
 *
 * <p>Every call blocks on the index: call it from the ML or generic pool, never a transport thread.
 */
public final class ModelStore {

    public static final String INDEX = ".ueba-models";
    private static final String POINTER_PREFIX = "pointer#";
    static final int CHUNK_BYTES = 512 * 1024;
    /** How many versions listing and pruning look at; far more than anyone keeps. */
    static final int MAX_LISTED = 1000;

    private static final String MODEL = "model";
    private static final String CHUNK = "chunk";
    private static final String POINTER = "pointer";
    private static final String RUN = "run";

    private final Client client;
    private final SystemIndex index;

    public ModelStore(Client client, ClusterService clusterService) {
        this.client = client;
        this.index = new SystemIndex(client, clusterService, INDEX, ModelStore.class, "model-store-mappings.json");
    }

    /** Writes a new version, makes it the one in use, and deletes the oldest beyond {@code keep} versions. */
    public void save(ModelDescription description, byte[] encoded, int keep) {
        index.asPlugin(() -> {
            index.createIfMissing();
            int chunks = Math.max(1, (encoded.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
            BulkRequest bulk = new BulkRequest();
            for (int chunk = 0; chunk < chunks; chunk++) {
                byte[] data = Arrays.copyOfRange(encoded, chunk * CHUNK_BYTES, Math.min(encoded.length, (chunk + 1) * CHUNK_BYTES));
                bulk.add(new IndexRequest(INDEX).id(chunkId(description.id(), chunk)).source(chunkSource(description.id(), chunk, data)));
            }
            failOnErrors(client.bulk(bulk).actionGet());

            ModelVersion version = description.version(new ModelVersion.Storage(chunks, encoded.length, sha256(encoded)));
            XContentBuilder metadata = XContentFactory.jsonBuilder().startObject().field("doc_type", MODEL);
            version.toXContent(metadata, ToXContent.EMPTY_PARAMS).endObject();
            client.index(new IndexRequest(INDEX).id(description.id()).source(metadata).setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE))
                .actionGet();

            client.index(new IndexRequest(INDEX).id(pointerId(description.modelSet()))
                .source(Map.of("doc_type", POINTER, "model_set", description.modelSet(), "model_id", description.id()))
                .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)).actionGet();
            deleteBeyond(keep, description.modelSet(), description.id());
            return null;
        });
    }

    /**
     * The version in use of every model set, by set; empty before the first save. The one pointer of the releases
     * before model sets (no {@code model_set}) stands for the {@code default} set until that set has a pointer of its
     * own, so that a node upgraded from them reports the version it can no longer use rather than nothing.
     */
    public Map<String, String> currentIds() {
        SearchSourceBuilder query = new SearchSourceBuilder().query(QueryBuilders.termQuery("doc_type", POINTER)).size(MAX_LISTED);
        Map<String, String> current = new TreeMap<>();
        String beforeModelSets = null;
        for (SearchHit hit : index.search(query)) {
            Map<String, Object> pointer = hit.getSourceAsMap();
            if (pointer.get("model_id") instanceof String modelId) {
                if (pointer.get("model_set") instanceof String modelSet) {
                    current.put(modelSet, modelId);
                } else {
                    beforeModelSets = modelId;
                }
            }
        }
        if (beforeModelSets != null) {
            current.putIfAbsent(JobConfig.DEFAULT_MODEL_SET, beforeModelSets);
        }
        return current;
    }

    /** A version's bytes, checked against the length and digest recorded when it was written. */
    public byte[] read(String modelId) throws IOException {
        Map<String, Object> metadata = metadata(modelId).orElseThrow(() -> new IOException("model [" + modelId + "] is not in the store"));
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) metadata.get("storage");
        int chunks = ((Number) storage.get("chunks")).intValue();
        int length = ((Number) storage.get("bytes")).intValue();
        MultiGetRequest request = new MultiGetRequest();
        for (int chunk = 0; chunk < chunks; chunk++) {
            request.add(INDEX, chunkId(modelId, chunk));
        }
        MultiGetItemResponse[] items = index.asPlugin(() -> client.multiGet(request).actionGet().getResponses());
        byte[] encoded = new byte[length];
        int at = 0;
        for (MultiGetItemResponse item : items) {
            if (item.isFailed() || item.getResponse().isExists() == false) {
                throw new IOException("model [" + modelId + "] is missing chunk [" + item.getId() + "]");
            }
            byte[] data = Base64.getDecoder().decode((String) item.getResponse().getSource().get("data"));
            if (at + data.length > length) {
                throw new IOException("model [" + modelId + "] has more bytes than its metadata says (" + length + ")");
            }
            System.arraycopy(data, 0, encoded, at, data.length);
            at += data.length;
        }
        if (at != length || sha256(encoded).equals(storage.get("sha256")) == false) {
            throw new IOException("model [" + modelId + "] does not match the digest recorded when it was written");
        }
        return encoded;
    }

    /** A version's metadata document, or empty when there is no such version. */
    public Optional<Map<String, Object>> metadata(String modelId) {
        return index.get(modelId).map(GetResponse::getSource).filter(source -> MODEL.equals(source.get("doc_type")));
    }

    /** Where a version was trained from, or empty when there is no such version. */
    public Optional<ModelDescription.Origin> origin(String modelId) {
        return metadata(modelId).map(ModelDescription.Origin::of);
    }

    /** The metadata of every stored version, newest first. */
    public List<Map<String, Object>> list() {
        SearchSourceBuilder query = new SearchSourceBuilder().query(QueryBuilders.termQuery("doc_type", MODEL))
            .sort("created", SortOrder.DESC)
            .size(MAX_LISTED);
        List<Map<String, Object>> models = new ArrayList<>();
        for (SearchHit hit : index.search(query)) {
            models.add(hit.getSourceAsMap());
        }
        return models;
    }

    /** Writes a training run's status document; {@code visibleNow} makes it searchable at once, as a final status must be. */
    public void writeRunStatus(String runId, Map<String, Object> status, boolean visibleNow) {
        index.asPlugin(() -> {
            index.createIfMissing();
            Map<String, Object> source = new HashMap<>(status);
            source.put("doc_type", RUN);
            source.put("run_id", runId);
            IndexRequest request = new IndexRequest(INDEX).id("status#" + runId).source(source);
            if (visibleNow) {
                request.setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
            }
            return client.index(request).actionGet();
        });
    }

    /** The status of a job's latest run (of the latest {@code _train} run for a null job), or empty when it never ran. */
    public Optional<RunStatus> latestRun(String jobId) {
        SearchSourceBuilder query = new SearchSourceBuilder().query(runsOf(jobId)).sort("started", SortOrder.DESC).size(1);
        SearchHit[] hits = index.search(query);
        return hits.length == 0 ? Optional.empty() : Optional.of(RunStatus.of(hits[0].getSourceAsMap()));
    }

    /** Deletes the status documents of a job's runs (of the {@code _train} runs for a null job) beyond the newest {@code keep}. */
    public void deleteRunsBeyond(String jobId, int keep) {
        SearchSourceBuilder older = new SearchSourceBuilder().query(runsOf(jobId)).sort("started", SortOrder.DESC).from(keep).size(MAX_LISTED)
            .fetchSource(false);
        BulkRequest deletes = new BulkRequest();
        for (SearchHit hit : index.search(older)) {
            deletes.add(new DeleteRequest(INDEX, hit.getId()));
        }
        index.asPlugin(() -> {
            deleteAll(deletes);
            return null;
        });
    }

    /** The status documents of a job's runs; of the {@code _train} runs, which have no job, for a null job. */
    private static BoolQueryBuilder runsOf(String jobId) {
        BoolQueryBuilder runs = QueryBuilders.boolQuery().filter(QueryBuilders.termQuery("doc_type", RUN));
        return jobId == null ? runs.mustNot(QueryBuilders.existsQuery("job_id")) : runs.filter(QueryBuilders.termQuery("job_id", jobId));
    }

    private void deleteBeyond(int keep, String modelSet, String inUse) {
        List<Map<String, Object>> models = list().stream().filter(model -> modelSet.equals(model.get("model_set"))).toList();
        BulkRequest deletes = new BulkRequest();
        for (Map<String, Object> model : models.subList(Math.min(keep, models.size()), models.size())) {
            String id = (String) model.get("model_id");
            if (id.equals(inUse)) {
                continue;
            }
            deletes.add(new DeleteRequest(INDEX, id));
            @SuppressWarnings("unchecked")
            int chunks = ((Number) ((Map<String, Object>) model.get("storage")).get("chunks")).intValue();
            for (int chunk = 0; chunk < chunks; chunk++) {
                deletes.add(new DeleteRequest(INDEX, chunkId(id, chunk)));
            }
        }
        deleteAll(deletes);
    }

    /** Sends the deletes, if any, visible at once; call as the plugin. */
    private void deleteAll(BulkRequest deletes) {
        if (deletes.numberOfActions() > 0) {
            failOnErrors(client.bulk(deletes.setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)).actionGet());
        }
    }

    private static XContentBuilder chunkSource(String modelId, int chunk, byte[] data) throws IOException {
        return XContentFactory.jsonBuilder().startObject()
            .field("doc_type", CHUNK)
            .field("model_id", modelId)
            .field("chunk", chunk)
            .field("data", data)
            .endObject();
    }

    private static String pointerId(String modelSet) {
        return POINTER_PREFIX + modelSet;
    }

    private static String chunkId(String modelId, int chunk) {
        return modelId + "#" + chunk;
    }

    private static void failOnErrors(BulkResponse response) {
        if (response.hasFailures()) {
            throw new IllegalStateException("the model store refused a write: " + response.buildFailureMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

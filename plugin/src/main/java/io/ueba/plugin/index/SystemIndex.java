package io.ueba.plugin.index;

import io.ueba.plugin.Resources;
import org.opensearch.ResourceAlreadyExistsException;
import org.opensearch.action.admin.indices.create.CreateIndexRequest;
import org.opensearch.action.get.GetRequest;
import org.opensearch.action.get.GetResponse;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.index.IndexNotFoundException;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.transport.client.Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * One of the plugin's own hidden system indices, read and written as the plugin. Until something is written the
 * index may not exist: reads then find nothing rather than fail. Blocking: call it off the transport threads.
 */
public final class SystemIndex {

    private final Client client;
    private final ClusterService clusterService;
    private final String name;
    private final Class<?> mappingsOwner;
    private final String mappingsResource;

    /** @param mappingsResource the index's mappings, a resource beside {@code mappingsOwner} */
    public SystemIndex(Client client, ClusterService clusterService, String name, Class<?> mappingsOwner, String mappingsResource) {
        this.client = client;
        this.clusterService = clusterService;
        this.name = name;
        this.mappingsOwner = mappingsOwner;
        this.mappingsResource = mappingsResource;
    }

    /** Runs the call as the plugin, not as whichever user's request led here: our indices are ours to read. */
    public <T> T asPlugin(Callable<T> call) {
        try (ThreadContext.StoredContext ignored = client.threadPool().getThreadContext().stashContext()) {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the index (one shard, hidden, our mappings) unless this node's cluster state already has it, so the
     * frequent writers (a run's status, every second) ask the cluster manager nothing.
     */
    public void createIfMissing() {
        if (clusterService.state().metadata().hasIndex(name)) {
            return;
        }
        try {
            client.admin().indices().create(new CreateIndexRequest(name)
                .settings(Settings.builder().put("index.number_of_shards", 1).put("index.auto_expand_replicas", "0-1").put("index.hidden", true))
                .mapping(new String(Resources.bytes(mappingsOwner, mappingsResource), StandardCharsets.UTF_8))).actionGet();
        } catch (ResourceAlreadyExistsException e) {
            // Another run or node created it first.
        }
    }

    /** The document, or empty when it or the index does not exist. */
    public Optional<GetResponse> get(String id) {
        return asPlugin(() -> {
            try {
                GetResponse response = client.get(new GetRequest(name, id)).actionGet();
                return response.isExists() ? Optional.of(response) : Optional.<GetResponse>empty();
            } catch (IndexNotFoundException e) {
                return Optional.<GetResponse>empty();
            }
        });
    }

    /** The hits of the search, none when the index does not exist. */
    public SearchHit[] search(SearchSourceBuilder source) {
        return asPlugin(() -> {
            try {
                return client.search(new SearchRequest(name).source(source)).actionGet().getHits().getHits();
            } catch (IndexNotFoundException e) {
                return new SearchHit[0];
            }
        });
    }
}

package io.ueba.plugin.index;

import org.opensearch.ResourceAlreadyExistsException;
import org.opensearch.action.admin.indices.create.CreateIndexRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.transport.client.Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** How the plugin reads and writes its own hidden system indices. Blocking: call it off the transport threads. */
public final class SystemIndices {

    private SystemIndices() {}

    /** Runs the call as the plugin, not as whichever user's request led here: our indices are ours to read. */
    public static <T> T asPlugin(Client client, Callable<T> call) {
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

    /** Creates the index, one shard, hidden, with the mappings in the named resource beside {@code owner}. */
    public static void createIfMissing(Client client, String index, Class<?> owner, String mappingsResource) {
        try {
            client.admin().indices().create(new CreateIndexRequest(index)
                .settings(Settings.builder().put("index.number_of_shards", 1).put("index.auto_expand_replicas", "0-1").put("index.hidden", true))
                .mapping(resource(owner, mappingsResource))).actionGet();
        } catch (ResourceAlreadyExistsException e) {
            // Another run or node created it first.
        }
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

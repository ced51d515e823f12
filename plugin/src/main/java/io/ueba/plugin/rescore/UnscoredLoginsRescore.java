package io.ueba.plugin.rescore;

import io.ueba.action.RescoreRequest;
import io.ueba.ml.model.TrainedModels;
import io.ueba.plugin.settings.UebaSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.action.admin.indices.refresh.RefreshRequest;
import org.opensearch.action.support.IndicesOptions;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.action.ActionListener;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.node.NodeClient;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * When a model comes into use on this node, scores the logins of the recent past that were indexed before there was
 * one ({@code ueba.status: no_model}): those of a new cluster before its first training, and those a node indexed in
 * the seconds after a restart before it had loaded its model. Throttled, in the background, as a task whose id
 * {@code GET /_plugins/_ueba} shows. Every node does this as its model comes in; a login two nodes reach at once is
 * scored by one of them, the other finds it changed and leaves it.
 */
public final class UnscoredLoginsRescore {

    private static final Logger logger = LogManager.getLogger(UnscoredLoginsRescore.class);
    /**
     * Logins featurized just before the model came in may still be on their way to their shards, and the update by
     * query sees only what a refresh made searchable: it starts a little later, after a refresh.
     */
    static final TimeValue SETTLE = TimeValue.timeValueSeconds(5);
    /** Logins may carry times a little ahead of this node's clock; ingest takes a day ahead by default. */
    private static final Duration AHEAD = Duration.ofDays(1);

    private final LoginRescorer rescorer;
    private final NodeClient client;
    private final ThreadPool threadPool;
    private final ClusterSettings settings;
    private final Supplier<Instant> clock;
    private volatile String lastTask;

    public UnscoredLoginsRescore(LoginRescorer rescorer, NodeClient client, ThreadPool threadPool, ClusterSettings settings,
        Supplier<Instant> clock) {
        this.rescorer = rescorer;
        this.client = client;
        this.threadPool = threadPool;
        this.settings = settings;
        this.clock = clock;
    }

    /** The task of the last rescore this node started, as {@code node:id}; null before any. */
    public String lastTask() {
        return lastTask;
    }

    /** Call as a model comes into use on this node. */
    public void modelPublished(TrainedModels models) {
        TimeValue lookback = settings.get(UebaSettings.RESCORE_LOOKBACK);
        if (lookback.millis() == 0) {
            return;
        }
        threadPool.schedule(() -> start(models.id(), lookback), SETTLE, ThreadPool.Names.GENERIC);
    }

    private void start(String modelId, TimeValue lookback) {
        String indices = settings.get(UebaSettings.RESCORE_INDICES);
        Instant now = clock.get();
        RescoreRequest request = new RescoreRequest(indices, RescoreRequest.DEFAULT_TIME_FIELD, now.minusMillis(lookback.millis()),
            now.plus(AHEAD), true, null, settings.get(UebaSettings.RESCORE_REQUESTS_PER_SECOND), false);
        RefreshRequest refresh = new RefreshRequest(indices.split(",")).indicesOptions(IndicesOptions.lenientExpandOpen());
        client.admin().indices().refresh(refresh, ActionListener.wrap(refreshed -> {
            lastTask = rescorer.startInBackground(request, "logins indexed before model [" + modelId + "] came into use");
            logger.info("scoring the logins of the last {} indexed before model [{}] came into use: task [{}]", lookback, modelId, lastTask);
        }, e -> logger.warn("could not refresh [" + indices + "] to score the logins indexed before model [" + modelId + "]", e)));
    }
}

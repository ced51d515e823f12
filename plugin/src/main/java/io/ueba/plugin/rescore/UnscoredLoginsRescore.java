package io.ueba.plugin.rescore;

import io.ueba.action.RescoreRequest;
import io.ueba.ml.model.TrainedModels;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.LoginPipelines;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.action.admin.cluster.health.ClusterHealthRequest;
import org.opensearch.action.admin.indices.refresh.RefreshRequest;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.support.IndicesOptions;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.action.ActionListener;
import org.opensearch.index.reindex.BulkByScrollResponse;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.node.NodeClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * When a model comes into use on this node, scores the logins of the recent past that were indexed before there was
 * one ({@code ueba.status: no_model}), or that the pipeline never reached (see {@link LoginRescorer}): those of a new
 * cluster before its first training, and those a node indexed in
 * the seconds after a restart before it had loaded its model. Throttled, in the background, as a task whose id
 * {@code GET /_plugins/_ueba} shows. Every node does this as its model comes in; a login two nodes reach at once is
 * scored by one of them, the other finds it changed and leaves it.
 *
 * <p>After a restart the logins' shards recover while the model loads: a login featurized before the model came in
 * may wait for its shard and be written after the first pass looked, and a pass over a shard that is not yet active
 * fails. So a pass first waits for the indices' primaries, a failed pass is tried again, and a second pass a minute
 * after the first takes what was still on its way. A pass that finds no such login starts no task.
 *
 * <p>A pass takes only the indices whose pipeline featurizes with the model set the model came into: the logins of a set
 * that has no model yet would go through their pipeline to no effect, and again at every other set's model.
 */
public final class UnscoredLoginsRescore {

    private static final Logger logger = LogManager.getLogger(UnscoredLoginsRescore.class);
    /**
     * Logins featurized just before the model came in may still be on their way to their shards, and the update by
     * query sees only what a refresh made searchable: the first pass starts a little later, after a refresh.
     */
    static final TimeValue SETTLE = TimeValue.timeValueSeconds(5);
    /** When the second pass looks again: longer than a bulk request waits for a recovering shard by default. */
    static final TimeValue FOLLOW_UP = TimeValue.timeValueSeconds(70);
    static final TimeValue RETRY = TimeValue.timeValueSeconds(30);
    static final int ATTEMPTS = 5;
    private static final TimeValue PRIMARIES_TIMEOUT = TimeValue.timeValueSeconds(60);
    /** Logins may carry times a little ahead of this node's clock; ingest takes a day ahead by default. */
    private static final Duration AHEAD = Duration.ofDays(1);

    private final LoginRescorer rescorer;
    private final LoginPipelines pipelines;
    private final NodeClient client;
    private final ThreadPool threadPool;
    private final ClusterSettings settings;
    private final Supplier<Instant> clock;
    private volatile String lastTask;

    public UnscoredLoginsRescore(LoginRescorer rescorer, LoginPipelines pipelines, NodeClient client, ThreadPool threadPool,
        ClusterSettings settings, Supplier<Instant> clock) {
        this.rescorer = rescorer;
        this.pipelines = pipelines;
        this.client = client;
        this.threadPool = threadPool;
        this.settings = settings;
        this.clock = clock;
    }

    /** The task of the last rescore this node started, as {@code node:id}; null before any. */
    public String lastTask() {
        return lastTask;
    }

    /** Call as a model comes into use on this node, in this model set. */
    public void modelPublished(String modelSet, TrainedModels models) {
        if (settings.get(UebaSettings.RESCORE_LOOKBACK).millis() == 0) {
            return;
        }
        schedule(new Pass(modelSet, models.id(), true, 1), SETTLE);
    }

    private void schedule(Pass pass, TimeValue delay) {
        threadPool.schedule(pass::run, delay, ThreadPool.Names.GENERIC);
    }

    /** One look for unscored logins: wait for the primaries, refresh, count, and rescore what it found. */
    private final class Pass {
        private final String modelSet;
        private final String modelId;
        private final boolean first;
        private final int attempt;
        private String indices;
        private String[] indexNames;
        private RescoreRequest request;

        Pass(String modelSet, String modelId, boolean first, int attempt) {
            this.modelSet = modelSet;
            this.modelId = modelId;
            this.first = first;
            this.attempt = attempt;
        }

        void run() {
            String candidates = settings.get(UebaSettings.RESCORE_INDICES);
            try {
                indexNames = pipelines.modelSetByIndex(candidates).entrySet().stream()
                    .filter(index -> index.getValue().equals(modelSet)).map(Map.Entry::getKey).sorted().toArray(String[]::new);
            } catch (RuntimeException e) {
                retry("could not read the pipelines of [" + candidates + "]", e);
                return;
            }
            if (indexNames.length == 0) {
                logger.debug("no index of [{}] featurizes with model set [{}]: no logins to score for model [{}]", candidates, modelSet, modelId);
                return;
            }
            indices = String.join(",", indexNames);
            Instant now = clock.get();
            TimeValue lookback = settings.get(UebaSettings.RESCORE_LOOKBACK);
            request = new RescoreRequest(indices, RescoreRequest.DEFAULT_TIME_FIELD, now.minusMillis(lookback.millis()), now.plus(AHEAD),
                true, null, settings.get(UebaSettings.RESCORE_REQUESTS_PER_SECOND), false);
            ClusterHealthRequest primaries = new ClusterHealthRequest(indexNames).waitForYellowStatus().timeout(PRIMARIES_TIMEOUT);
            client.admin().cluster().health(primaries, ActionListener.wrap(health -> {
                if (health.isTimedOut()) {
                    retry("the shards of [" + indices + "] were not active within " + PRIMARIES_TIMEOUT, null);
                } else {
                    refresh();
                }
            }, e -> retry("could not wait for the shards of [" + indices + "]", e)));
        }

        private void refresh() {
            RefreshRequest refresh = new RefreshRequest(indexNames).indicesOptions(IndicesOptions.lenientExpandOpen());
            client.admin().indices().refresh(refresh, ActionListener.wrap(refreshed -> count(),
                e -> retry("could not refresh [" + indices + "]", e)));
        }

        private void count() {
            SearchRequest search = new SearchRequest(indexNames).indicesOptions(IndicesOptions.lenientExpandOpen())
                .source(new SearchSourceBuilder().query(LoginRescorer.logins(request)).size(0).trackTotalHits(true));
            client.search(search, ActionListener.wrap(found -> {
                if (found.getFailedShards() > 0) {
                    retry(found.getFailedShards() + " shards of [" + indices + "] failed to search", null);
                } else if (found.getHits().getTotalHits().value() > 0) {
                    rescore(found.getHits().getTotalHits().value());
                } else {
                    followUp();
                }
            }, e -> retry("could not search [" + indices + "]", e)));
        }

        private void rescore(long unscored) {
            String what = "logins indexed before model [" + modelId + "] came into use";
            lastTask = client.getLocalNodeId() + ":" + rescorer.start(request, ActionListener.wrap(done -> {
                logger.info("rescored {} of {} {}", done.getUpdated(), done.getTotal(), what);
                if (failed(done)) {
                    retry("the rescore of " + what + " failed: " + done.getSearchFailures() + done.getBulkFailures(), null);
                } else {
                    followUp();
                }
            }, e -> retry("could not rescore " + what, e))).getId();
            logger.info("scoring {} {} in [{}]: task [{}]", unscored, what, indices, lastTask);
        }

        private static boolean failed(BulkByScrollResponse done) {
            return done.getSearchFailures().isEmpty() == false || done.getBulkFailures().isEmpty() == false;
        }

        private void followUp() {
            if (first) {
                schedule(new Pass(modelSet, modelId, false, 1), FOLLOW_UP);
            }
        }

        private void retry(String why, Exception e) {
            if (attempt < ATTEMPTS) {
                logger.info("{}; looking again for the logins indexed before model [{}] in {}", why, modelId, RETRY);
                schedule(new Pass(modelSet, modelId, first, attempt + 1), RETRY);
            } else {
                logger.warn(why + "; the logins indexed before model [" + modelId + "] stay unscored until _rescore", e);
            }
        }
    }
}

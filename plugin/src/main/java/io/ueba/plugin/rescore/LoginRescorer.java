package io.ueba.plugin.rescore;

import io.ueba.action.RescoreRequest;
import io.ueba.plugin.ingest.LoginScoreProcessor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.action.support.IndicesOptions;
import org.opensearch.core.action.ActionListener;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.reindex.BulkByScrollResponse;
import org.opensearch.index.reindex.UpdateByQueryAction;
import org.opensearch.index.reindex.UpdateByQueryRequest;
import org.opensearch.tasks.Task;
import org.opensearch.transport.client.node.NodeClient;

/**
 * Scores stored logins again by sending them through their index's pipeline once more, as an update by query: the
 * processors featurize and score each login with the models in use and replace what they wrote before. The pipeline
 * is the one way a login is scored, and the update by query is a task that is throttled, reports its progress
 * ({@code GET _tasks/<task>}), and can be cancelled. It goes to the same indices and through the same pipeline a
 * login came by, so no copy of the pipeline's work is kept beside it.
 */
public final class LoginRescorer {

    private static final Logger logger = LogManager.getLogger(LoginRescorer.class);
    /** The object every field the pipeline writes is under. */
    private static final String UEBA_FIELDS = "ueba";

    private final NodeClient client;

    public LoginRescorer(NodeClient client) {
        this.client = client;
    }

    /** Starts the rescore on this node and hands back its task; the listener hears how it ended. */
    public Task start(RescoreRequest request, ActionListener<BulkByScrollResponse> listener) {
        return client.executeLocally(UpdateByQueryAction.INSTANCE, updateByQuery(request), listener);
    }

    /**
     * Starts the rescore on this node and lets it run on its own, logging how it ended.
     *
     * @param what the logins it rescores, in words, for the log
     * @return its task, as {@code node:id}
     */
    public String startInBackground(RescoreRequest request, String what) {
        Task task = start(request, ActionListener.wrap(
            done -> logger.info("rescored {} of {} {}", done.getUpdated(), done.getTotal(), what),
            e -> logger.warn("could not rescore " + what, e)
        ));
        return client.getLocalNodeId() + ":" + task.getId();
    }

    static UpdateByQueryRequest updateByQuery(RescoreRequest request) {
        UpdateByQueryRequest update = new UpdateByQueryRequest(request.index().split(","));
        update.setQuery(logins(request));
        update.setIndicesOptions(IndicesOptions.strictExpandOpen());
        if (request.pipeline() != null) {
            update.setPipeline(request.pipeline());
        }
        // A login that changed since it was read (a second rescore, a user's update) keeps its newer version.
        update.setAbortOnVersionConflict(false);
        update.setRequestsPerSecond(request.requestsPerSecond());
        update.setShouldStoreResult(true);
        update.setRefresh(true);
        return update;
    }

    /** The logins a rescore takes: those of its range, and only the unscored ones when it says so. */
    static BoolQueryBuilder logins(RescoreRequest request) {
        BoolQueryBuilder logins = QueryBuilders.boolQuery()
            .filter(QueryBuilders.rangeQuery(request.timeField()).gte(request.from().toEpochMilli()).lt(request.to().toEpochMilli())
                .format("epoch_millis"));
        if (request.onlyUnscored()) {
            logins.filter(unscored());
        }
        return logins;
    }

    /**
     * Logins no model scored: those featurized before there was one ({@code ueba.status: no_model}), and those the
     * pipeline never reached, with no {@code ueba} field at all. A bulk request a node takes in the moment after it
     * starts, before it has recovered the cluster state, resolves no default pipeline and is indexed as it came, once
     * the state is there (seen in {@code UnscoredLoginsIT}: 200 logins sent as the node answered, none featurized).
     */
    private static QueryBuilder unscored() {
        return QueryBuilders.boolQuery().minimumShouldMatch(1)
            .should(QueryBuilders.termQuery(LoginScoreProcessor.STATUS_FIELD, LoginScoreProcessor.NO_MODEL))
            .should(QueryBuilders.boolQuery().mustNot(QueryBuilders.existsQuery(UEBA_FIELDS)));
    }
}

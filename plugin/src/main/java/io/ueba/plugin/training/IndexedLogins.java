package io.ueba.plugin.training;

import org.opensearch.action.search.CreatePitRequest;
import org.opensearch.action.search.CreatePitResponse;
import org.opensearch.action.search.DeletePitRequest;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.PlainActionFuture;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.PointInTimeBuilder;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.search.sort.ShardDocSortBuilder;
import org.opensearch.transport.client.Client;

import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the logins a run learns from in a time window page by page, through a point in time and search_after, so that
 * training holds one page in memory whatever the size of the window. Blocks: call it from the ML thread pool only.
 */
public final class IndexedLogins {

    static final int PAGE_SIZE = 1000;
    /** Tagged by the Windows pipelines (user, machine or service); logins from other sources have no such field. */
    static final String ACCOUNT_KIND = "login.account_kind";
    private static final TimeValue KEEP_ALIVE = TimeValue.timeValueMinutes(5);

    private final Client client;

    public IndexedLogins(Client client) {
        this.client = client;
    }

    /**
     * How many logins the spec learns from have their time field in [from, to): what a run's progress is measured
     * against.
     */
    public long count(TrainingSpec spec, Instant from, Instant to) {
        SearchSourceBuilder query = new SearchSourceBuilder().query(window(spec, from, to)).size(0).trackTotalHits(true);
        return client.search(new SearchRequest(spec.indices().split(",")).source(query)).actionGet().getHits().getTotalHits().value();
    }

    /**
     * Calls the consumer with the index and the source (its {@code sourceFields} alone) of every login the spec learns
     * from with its time field in [from, to), and returns how many.
     */
    public long forEach(TrainingSpec spec, Instant from, Instant to, String[] sourceFields,
        BiConsumer<String, Map<String, Object>> consumer) {
        PlainActionFuture<CreatePitResponse> pit = PlainActionFuture.newFuture();
        client.createPit(new CreatePitRequest(KEEP_ALIVE, false, spec.indices().split(",")), pit);
        String pitId = pit.actionGet().getId();
        try {
            long read = 0;
            Object[] after = null;
            while (true) {
                SearchSourceBuilder page = new SearchSourceBuilder()
                    .query(window(spec, from, to))
                    .fetchSource(sourceFields, null)
                    .pointInTimeBuilder(new PointInTimeBuilder(pitId).setKeepAlive(KEEP_ALIVE))
                    .sort(new ShardDocSortBuilder())
                    .size(PAGE_SIZE);
                // No trackTotalHits(false): with it, OpenSearch 3.6 skips segments on search_after that still hold
                // logins of a window that covers part of the index, and pages came back short (TrainingJobsIT).
                if (after != null) {
                    page.searchAfter(after);
                }
                SearchResponse response = client.search(new SearchRequest().source(page)).actionGet();
                SearchHit[] hits = response.getHits().getHits();
                for (SearchHit hit : hits) {
                    consumer.accept(hit.getIndex(), hit.getSourceAsMap());
                }
                read += hits.length;
                if (hits.length < PAGE_SIZE) {
                    return read;
                }
                after = hits[hits.length - 1].getSortValues();
            }
        } finally {
            client.deletePits(new DeletePitRequest(pitId), PlainActionFuture.newFuture());
        }
    }

    private static QueryBuilder window(TrainingSpec spec, Instant from, Instant to) {
        QueryBuilder window = QueryBuilders.rangeQuery(spec.timeField())
            .gte(from.toEpochMilli())
            .lt(to.toEpochMilli())
            .format("epoch_millis");
        if (spec.excludeAccountKinds().isEmpty()) {
            return window;
        }
        // must_not rather than a filter on the kinds kept: a login without an account kind is never left out.
        return QueryBuilders.boolQuery().filter(window).mustNot(QueryBuilders.termsQuery(ACCOUNT_KIND, spec.excludeAccountKinds()));
    }
}

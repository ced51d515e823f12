package io.ueba.plugin.graph;

import io.ueba.action.GraphRequest;
import io.ueba.ml.features.IpFacts;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.EdgeFields;
import io.ueba.ml.graph.EdgeRelation;
import io.ueba.ml.graph.GraphEdge;
import io.ueba.ml.graph.GraphFilter;
import io.ueba.ml.graph.ScoredLoginGraph;
import io.ueba.ml.graph.ScoreStats;
import io.ueba.ml.login.EcsFields;
import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.plugin.index.LoginIndexExpression;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.tasks.TaskId;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.Aggregations;
import org.opensearch.search.aggregations.bucket.SingleBucketAggregation;
import org.opensearch.search.aggregations.bucket.composite.CompositeAggregation;
import org.opensearch.search.aggregations.bucket.composite.CompositeAggregationBuilder;
import org.opensearch.search.aggregations.bucket.composite.CompositeValuesSourceBuilder;
import org.opensearch.search.aggregations.bucket.composite.TermsValuesSourceBuilder;
import org.opensearch.search.aggregations.metrics.Max;
import org.opensearch.search.aggregations.metrics.Min;
import org.opensearch.search.aggregations.metrics.Stats;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.transport.client.Client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the graph of who logs in where out of login indices: a composite aggregation over the login fields an edge is
 * named from, as the index holds them (the source's host and IP, the destination's two host fields and IP, the auth
 * package, the logon type; a missing one is a bucket of its own), read page by page, each group's counts, times and
 * score statistics added to its edge in a {@link ScoredLoginGraph}, which names it as the models do. The models' names are
 * not in the documents unless a pipeline writes every feature, so the graph is grouped on what every login has, and
 * named in Java by the one rule ({@link EdgeFields}).
 *
 * <p>The entity and relation filters narrow the search to logins that may be on such an edge (the names, ignoring
 * case), and the graph keeps the edges that are, by their names as the models write them. At most {@code maxGroups}
 * groups are read, so the work and the memory are bounded whatever the window.
 */
public final class LoginGraphSearch {

    /** Composite buckets a page asks for: well under {@code search.max_buckets}, and a few hundred KB an answer. */
    static final int PAGE_SIZE = 1000;

    private static final String EDGES = "edges";
    private static final String SOURCE_HOST = "source_host";
    private static final String SOURCE_IP = "source_ip";
    private static final String DESTINATION_ADDRESS = "destination_address";
    private static final String HOST_NAME = "host_name";
    private static final String DESTINATION_IP = "destination_ip";
    private static final String AUTH_PACKAGE = "auth_package";
    private static final String LOGON_TYPE = "logon_type";
    private static final String RELATION_FIELD = "relation_field";
    private static final String SCORE = "score";
    private static final String SUSPICIOUS = "suspicious";
    private static final String FAILED = "failed";
    private static final String FIRST_SEEN = "first_seen";
    private static final String LAST_SEEN = "last_seen";
    private static final String KIND_PREFIX = "kind_";

    static final String SCORE_FIELD = "ueba.score";
    static final String SUSPICIOUS_FIELD = "ueba.suspicious";
    static final String KIND_SCORES_FIELD = "ueba.scores";

    /** What the search read: the graph, and whether it read every group of the window or stopped at the bound. */
    public record Result(ScoredLoginGraph graph, boolean complete) {}

    private final Client client;
    private final List<String> kinds;

    /** @param kinds the model kinds whose own scores ({@code ueba.scores.<kind>}) each edge sums up */
    public LoginGraphSearch(Client client, List<String> kinds) {
        this.client = client;
        this.kinds = List.copyOf(kinds);
    }

    /**
     * Reads the groups of the request's logins in the indices, at most {@code maxGroups} of them, as the caller: the
     * search runs in the thread context it is called in.
     *
     * @param indices the indices the request's expression names (see {@link LoginIndexExpression#resolveLoginIndices})
     * @param parent  the task the searches belong to, so that cancelling it cancels them
     */
    public void search(List<String> indices, GraphRequest request, TaskId parent, int maxGroups, ActionListener<Result> listener) {
        ScoredLoginGraph graph = new ScoredLoginGraph(request.filter());
        page(indices, request, parent, graph, null, 0, maxGroups, listener);
    }

    private void page(List<String> indices, GraphRequest request, TaskId parent, ScoredLoginGraph graph, Map<String, Object> after, int groupsRead,
        int maxGroups, ActionListener<Result> listener) {
        // One group beyond the bound, not added to the graph, tells whether the window held more.
        int size = Math.min(PAGE_SIZE, maxGroups - groupsRead + 1);
        SearchRequest search = searchRequest(indices, request, after, size);
        search.setParentTask(parent);
        client.search(search, ActionListener.wrap(response -> {
            Aggregations aggregations = response.getAggregations();
            CompositeAggregation groups = aggregations == null ? null : aggregations.get(EDGES);
            List<? extends CompositeAggregation.Bucket> buckets = groups == null ? List.of() : groups.getBuckets();
            int read = groupsRead;
            for (CompositeAggregation.Bucket bucket : buckets) {
                if (read == maxGroups) {
                    listener.onResponse(new Result(graph, false));
                    return;
                }
                graph.add(edge(bucket, request.relationField() != null));
                read++;
            }
            if (buckets.size() < size || groups.afterKey() == null) {
                listener.onResponse(new Result(graph, true));
                return;
            }
            page(indices, request, parent, graph, groups.afterKey(), read, maxGroups, listener);
        }, listener::onFailure));
    }

    SearchRequest searchRequest(List<String> indices, GraphRequest request, Map<String, Object> after, int size) {
        List<CompositeValuesSourceBuilder<?>> sources = new ArrayList<>(List.of(
            terms(SOURCE_HOST, EcsFields.SOURCE_ADDRESS),
            terms(SOURCE_IP, EcsFields.SOURCE_IP),
            terms(DESTINATION_ADDRESS, EcsFields.DESTINATION_ADDRESS),
            terms(HOST_NAME, EcsFields.HOST_NAME),
            terms(DESTINATION_IP, EcsFields.DESTINATION_IP),
            terms(AUTH_PACKAGE, EcsFields.AUTH_PACKAGE),
            terms(LOGON_TYPE, EcsFields.LOGON_TYPE)
        ));
        if (request.relationField() != null) {
            sources.add(terms(RELATION_FIELD, request.relationField()));
        }
        CompositeAggregationBuilder groups = new CompositeAggregationBuilder(EDGES, sources).size(size)
            .subAggregation(AggregationBuilders.stats(SCORE).field(SCORE_FIELD))
            .subAggregation(AggregationBuilders.filter(SUSPICIOUS, QueryBuilders.termQuery(SUSPICIOUS_FIELD, true)))
            .subAggregation(AggregationBuilders.filter(FAILED, anyWord(EcsFields.EVENT_OUTCOME, LoginOutcome.FAILURE.words())))
            .subAggregation(AggregationBuilders.min(FIRST_SEEN).field(EcsFields.TIMESTAMP))
            .subAggregation(AggregationBuilders.max(LAST_SEEN).field(EcsFields.TIMESTAMP));
        for (String kind : kinds) {
            groups.subAggregation(AggregationBuilders.stats(KIND_PREFIX + kind).field(KIND_SCORES_FIELD + "." + kind));
        }
        if (after != null) {
            groups.aggregateAfter(after);
        }
        SearchSourceBuilder source = new SearchSourceBuilder().query(query(request)).size(0).trackTotalHits(false).aggregation(groups);
        return new SearchRequest(indices.toArray(String[]::new), source)
            // A graph missing a shard's logins would look complete and be wrong.
            .allowPartialSearchResults(false);
    }

    private static TermsValuesSourceBuilder terms(String name, String field) {
        return new TermsValuesSourceBuilder(name).field(field).missingBucket(true);
    }

    static QueryBuilder query(GraphRequest request) {
        BoolQueryBuilder query = QueryBuilders.boolQuery()
            .filter(QueryBuilders.rangeQuery(EcsFields.TIMESTAMP)
                .gte(request.from().toEpochMilli())
                .lt(request.to().toEpochMilli())
                .format("epoch_millis"));
        if (request.minScore() > 0) {
            query.filter(QueryBuilders.rangeQuery(SCORE_FIELD).gte(request.minScore()));
        }
        GraphFilter filter = request.filter();
        if (filter.entity() != null && LoginFeatures.UNKNOWN_ENTITY.equals(filter.entity()) == false) {
            query.filter(entity(filter.entity()));
        }
        if (filter.relation() != null) {
            relation(filter.relation(), query);
        }
        return query;
    }

    /**
     * The logins that may name the entity at either end: a host field holding the name in any case, with or without
     * the trailing dot the models drop, or an IP field holding the address. A host field with blanks around the name
     * is not matched; the graph then keeps only the edges whose names are the entity's.
     */
    private static QueryBuilder entity(String name) {
        BoolQueryBuilder anyEnd = QueryBuilders.boolQuery().minimumShouldMatch(1);
        for (String field : List.of(EcsFields.SOURCE_ADDRESS, EcsFields.DESTINATION_ADDRESS, EcsFields.HOST_NAME)) {
            anyEnd.should(QueryBuilders.termQuery(field, name).caseInsensitive(true));
            anyEnd.should(QueryBuilders.termQuery(field, name + ".").caseInsensitive(true));
        }
        if (isIp(name)) {
            anyEnd.should(QueryBuilders.termQuery(EcsFields.SOURCE_IP, name));
            anyEnd.should(QueryBuilders.termQuery(EcsFields.DESTINATION_IP, name));
        }
        return anyEnd;
    }

    /**
     * The logins of the relation's auth package and logon type, in any case. A side that is {@code unknown} may be
     * missing, blank or the word itself, and a relation with more than one {@code /} cannot be split surely: those are
     * left to the graph's own filter.
     */
    private static void relation(String relation, BoolQueryBuilder query) {
        String[] sides = relation.split("/", -1);
        if (sides.length != 2) {
            return;
        }
        if (sides[0].equals(LoginFeatures.UNKNOWN_ENTITY) == false) {
            query.filter(QueryBuilders.termQuery(EcsFields.AUTH_PACKAGE, sides[0]).caseInsensitive(true));
        }
        if (sides[1].equals(LoginFeatures.UNKNOWN_ENTITY) == false) {
            query.filter(QueryBuilders.termQuery(EcsFields.LOGON_TYPE, sides[1]).caseInsensitive(true));
        }
    }

    private static QueryBuilder anyWord(String field, List<String> words) {
        BoolQueryBuilder any = QueryBuilders.boolQuery().minimumShouldMatch(1);
        words.forEach(word -> any.should(QueryBuilders.termQuery(field, word).caseInsensitive(true)));
        return any;
    }

    /** @param withRelationField whether the relation ends with the request's relation field's value, as an RGCN's does */
    private GraphEdge edge(CompositeAggregation.Bucket bucket, boolean withRelationField) {
        Map<String, Object> key = bucket.getKey();
        EdgeFields fields = new EdgeFields(
            text(key, SOURCE_HOST),
            text(key, SOURCE_IP),
            Arrays.asList(text(key, DESTINATION_ADDRESS), text(key, HOST_NAME)),
            text(key, DESTINATION_IP),
            text(key, AUTH_PACKAGE),
            text(key, LOGON_TYPE)
        );
        Aggregations parts = bucket.getAggregations();
        Map<String, ScoreStats> scores = new LinkedHashMap<>();
        for (String kind : kinds) {
            scores.put(kind, stats(parts.get(KIND_PREFIX + kind)));
        }
        String relation = withRelationField ? EdgeRelation.endingWith(fields.relation(), LoginAttributes.text(key.get(RELATION_FIELD)))
            : fields.relation();
        return new GraphEdge(
            fields.source(),
            relation,
            fields.target(),
            bucket.getDocCount(),
            ((SingleBucketAggregation) parts.get(SUSPICIOUS)).getDocCount(),
            ((SingleBucketAggregation) parts.get(FAILED)).getDocCount(),
            Instant.ofEpochMilli((long) ((Min) parts.get(FIRST_SEEN)).getValue()),
            Instant.ofEpochMilli((long) ((Max) parts.get(LAST_SEEN)).getValue()),
            stats(parts.get(SCORE)),
            scores
        );
    }

    private static ScoreStats stats(Stats stats) {
        return ScoreStats.of(stats.getCount(), stats.getMin(), stats.getMax(), stats.getSum());
    }

    private static String text(Map<String, Object> key, String name) {
        Object value = key.get(name);
        return value == null ? null : value.toString();
    }

    private static boolean isIp(String name) {
        try {
            IpFacts.of(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

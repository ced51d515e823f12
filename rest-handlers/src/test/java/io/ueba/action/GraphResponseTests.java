package io.ueba.action;

import io.ueba.ml.graph.GraphEdge;
import io.ueba.ml.graph.GraphOrder;
import io.ueba.ml.graph.ScoredLoginGraph;
import io.ueba.ml.graph.ScoreStats;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GraphResponseTests extends OpenSearchTestCase {

    private static final Instant FROM = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

    private static final GraphEdge LATERAL = new GraphEdge("ws-0233", "ntlm/network", "srv-db-02", 3, 2, 1, Instant.parse(
        "2026-11-27T03:10:00Z"), Instant.parse("2026-11-27T03:14:30Z"), ScoreStats.of(3, 0.2500001, 4.2, 6.9),
        Map.of("autoencoder", ScoreStats.of(2, 2.1, 4.2, 6.3), "rarity", ScoreStats.of(2, 1.1, 3.0, 4.1)));
    private static final GraphEdge UNSCORED = new GraphEdge("10.0.0.7", "kerberos/network", "srv-db-02", 12, 0, 0, FROM.plusSeconds(60),
        FROM.plusSeconds(7200), ScoreStats.NONE, Map.of());

    private static GraphResponse response(int edgesFound, boolean complete) {
        List<GraphEdge> edges = List.of(LATERAL, UNSCORED);
        return new GraphResponse(35, List.of("logins-ad"), FROM, TO, GraphOrder.SCORE, edgesFound, complete, ScoredLoginGraph.nodes(edges), edges);
    }

    public void testAnEdgeIsFlatWithItsCountsTimesAndScores() throws IOException {
        Map<String, Object> json = json(response(2, true));
        Map<String, Object> edge = new HashMap<>();
        edge.put("source", "ws-0233");
        edge.put("relation", "ntlm/network");
        edge.put("target", "srv-db-02");
        edge.put("count", 3);
        edge.put("suspicious", 2);
        edge.put("failed", 1);
        edge.put("first_seen", "2026-11-27T03:10:00Z");
        edge.put("last_seen", "2026-11-27T03:14:30Z");
        edge.put("score", Map.of("count", 3, "min", 0.25, "mean", 2.3, "max", 4.2));
        edge.put("scores", Map.of("autoencoder", Map.of("count", 2, "min", 2.1, "mean", 3.15, "max", 4.2), "rarity", Map.of("count", 2,
            "min", 1.1, "mean", 2.05, "max", 3.0)));
        List<?> edges = (List<?>) json.get("edges");
        assertEquals(edge, edges.get(0));
        Map<?, ?> unscored = (Map<?, ?>) edges.get(1);
        assertTrue(unscored.containsKey("score"));
        assertNull("an edge none of whose logins were scored has no score", unscored.get("score"));
        assertEquals(Map.of(), unscored.get("scores"));
    }

    public void testNodesCarryTheirKindCountsAndAnUnknownRisk() throws IOException {
        List<?> nodes = (List<?>) json(response(2, true)).get("nodes");
        assertEquals(3, nodes.size());
        Map<String, Object> database = new HashMap<>();
        database.put("id", "srv-db-02");
        database.put("kind", "host");
        database.put("logins_in", 15);
        database.put("logins_out", 0);
        database.put("suspicious", 2);
        database.put("score", Map.of("count", 3, "min", 0.25, "mean", 2.3, "max", 4.2));
        database.put("risk", null);
        assertEquals(database, nodes.get(1));
        assertEquals("ip", ((Map<?, ?>) nodes.get(2)).get("kind"));
    }

    public void testTheAnswerSaysWhatItWasDrawnFromAndWhetherEdgesWereLeftOut() throws IOException {
        Map<String, Object> json = json(response(2, true));
        assertEquals(35, json.get("took_ms"));
        assertEquals(List.of("logins-ad"), json.get("indices"));
        assertEquals("2026-11-22T00:00:00Z", json.get("from"));
        assertEquals("2026-11-29T00:00:00Z", json.get("to"));
        assertEquals("score", json.get("order"));
        assertEquals(2, json.get("edges_found"));
        assertEquals(true, json.get("complete"));
        assertEquals(false, json.get("truncated"));
        assertEquals(true, json(response(3, true)).get("truncated"));
        Map<String, Object> cut = json(response(2, false));
        assertEquals(false, cut.get("complete"));
        assertEquals(true, cut.get("truncated"));
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (GraphResponse original : List.of(response(7, false), new GraphResponse(0, List.of(), FROM, TO, GraphOrder.COUNT, 0, true, List.of(),
            List.of()))) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                GraphResponse read = new GraphResponse(in);
                assertEquals(json(original), json(read));
                assertEquals(original.edges(), read.edges());
                assertEquals(original.nodes(), read.nodes());
            }
        }
    }

    private static Map<String, Object> json(GraphResponse response) throws IOException {
        BytesReference json = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
    }
}

package io.ueba.ml.graph;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoredLoginGraphTest {

    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

    private static GraphEdge part(String source, String relation, String target, long count, long suspicious, ScoreStats score,
        Map<String, ScoreStats> scores, int firstHour, int lastHour) {
        return new GraphEdge(source, relation, target, count, suspicious, 0, T0.plusSeconds(3600L * firstHour), T0.plusSeconds(3600L * lastHour),
            score, scores);
    }

    private static GraphEdge part(String source, String target, long count, double maxScore) {
        return part(source, "kerberos/network", target, count, 0, ScoreStats.of(count, 0.1, maxScore, 0.1 * (count - 1) + maxScore), Map.of(),
            0, 1);
    }

    @Test
    void thePartsOfOneEdgeAddUp() {
        ScoredLoginGraph graph = new ScoredLoginGraph(GraphFilter.NONE);
        graph.add(part("ws-01", "ntlm/network", "dc-01", 3, 1, ScoreStats.of(3, 0.2, 1.5, 2.1),
            Map.of("autoencoder", ScoreStats.of(1, 1.5, 1.5, 1.5)), 2, 5));
        graph.add(part("ws-01", "ntlm/network", "dc-01", 2, 0, ScoreStats.of(2, 0.1, 0.4, 0.5),
            Map.of("rarity", ScoreStats.NONE), 1, 3));
        assertEquals(1, graph.size());
        GraphEdge edge = graph.top(GraphOrder.SCORE, 10).getFirst();
        assertEquals(5, edge.count());
        assertEquals(1, edge.suspicious());
        assertEquals(T0.plusSeconds(3600), edge.firstSeen());
        assertEquals(T0.plusSeconds(5 * 3600), edge.lastSeen());
        assertEquals(ScoreStats.of(5, 0.1, 1.5, 2.6), edge.score());
        assertEquals(0.52, edge.score().mean(), 1e-9);
        assertEquals(Map.of("autoencoder", ScoreStats.of(1, 1.5, 1.5, 1.5)), edge.scores(), "a kind no login carries is left out");
    }

    @Test
    void scoreOrderPutsTheMostAnomalousFirstAndCountOrderTheBusiest() {
        ScoredLoginGraph graph = new ScoredLoginGraph(GraphFilter.NONE);
        graph.add(part("ws-01", "srv-files", 500, 0.3));
        graph.add(part("ws-02", "dc-01", 2, 4.2));
        graph.add(part("ws-03", "dc-01", 40, 0.9));
        graph.add(part("10.0.0.9", "kerberos/network", "dc-01", 7, 0, ScoreStats.NONE, Map.of(), 0, 1));
        assertEquals(List.of("ws-02", "ws-03", "ws-01", "10.0.0.9"), graph.top(GraphOrder.SCORE, 10).stream().map(GraphEdge::source).toList());
        assertEquals(List.of("ws-01", "ws-03", "10.0.0.9", "ws-02"), graph.top(GraphOrder.COUNT, 10).stream().map(GraphEdge::source).toList());
        assertEquals(List.of("ws-02", "ws-03"), graph.top(GraphOrder.SCORE, 2).stream().map(GraphEdge::source).toList());
        assertEquals(4, graph.size(), "the size counts every edge, however many are shown");
    }

    @Test
    void equalEdgesAreListedByName() {
        ScoredLoginGraph graph = new ScoredLoginGraph(GraphFilter.NONE);
        graph.add(part("ws-02", "dc-01", 1, 0.5));
        graph.add(part("ws-01", "dc-02", 1, 0.5));
        graph.add(part("ws-01", "dc-01", 1, 0.5));
        assertEquals(List.of("ws-01>dc-01", "ws-01>dc-02", "ws-02>dc-01"),
            graph.top(GraphOrder.COUNT, 3).stream().map(edge -> edge.source() + ">" + edge.target()).toList());
    }

    @Test
    void theEntityFilterKeepsTheEdgesFromOrToItNamedAsTheModelsNameIt() {
        ScoredLoginGraph graph = new ScoredLoginGraph(new GraphFilter("DC-01.", null));
        graph.add(part("ws-01", "dc-01", 1, 0.5));
        graph.add(part("dc-01", "srv-db", 1, 0.5));
        graph.add(part("ws-01", "srv-db", 1, 0.5));
        graph.add(part("dc-01x", "srv-db", 1, 0.5));
        assertEquals(List.of("dc-01>srv-db", "ws-01>dc-01"),
            graph.top(GraphOrder.COUNT, 10).stream().map(edge -> edge.source() + ">" + edge.target()).toList());
    }

    @Test
    void theRelationFilterKeepsOneRelation() {
        ScoredLoginGraph graph = new ScoredLoginGraph(new GraphFilter(null, " NTLM / Network"));
        graph.add(part("ws-01", "ntlm/network", "dc-01", 1, 0, ScoreStats.NONE, Map.of(), 0, 0));
        graph.add(part("ws-01", "kerberos/network", "dc-01", 1, 0, ScoreStats.NONE, Map.of(), 0, 0));
        assertEquals(List.of("ntlm/network"), graph.top(GraphOrder.COUNT, 10).stream().map(GraphEdge::relation).toList());
        assertEquals("unknown/web", GraphFilter.relation("/Web"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GraphFilter(null, "ntlm"));
        assertTrue(e.getMessage().startsWith("[relation] must be an auth package and a logon type"), e.getMessage());
    }

    @Test
    void nodesSayWhatTheEdgesShownSayOfEachEntity() {
        List<GraphEdge> edges = List.of(
            part("ws-01", "ntlm/network", "dc-01", 4, 1, ScoreStats.of(4, 0.1, 2.0, 2.6), Map.of(), 0, 1),
            part("10.0.0.5", "ntlm/network", "dc-01", 2, 0, ScoreStats.of(2, 0.2, 0.3, 0.5), Map.of(), 0, 1),
            part("ws-01", "unknown/interactive", "ws-01", 3, 2, ScoreStats.NONE, Map.of(), 0, 1),
            part("unknown", "unknown/unknown", "ws-01", 1, 0, ScoreStats.NONE, Map.of(), 0, 1)
        );
        List<GraphNode> nodes = ScoredLoginGraph.nodes(edges);
        assertEquals(List.of("ws-01", "dc-01", "10.0.0.5", "unknown"), nodes.stream().map(GraphNode::id).toList());
        GraphNode ws = nodes.get(0);
        assertEquals(GraphNode.Kind.HOST, ws.kind());
        assertEquals(4, ws.loginsIn(), "its logins to itself and from an unknown source");
        assertEquals(7, ws.loginsOut());
        assertEquals(3, ws.suspicious(), "a login to itself counts once");
        assertEquals(ScoreStats.of(4, 0.1, 2.0, 2.6), ws.score());
        GraphNode dc = nodes.get(1);
        assertEquals(6, dc.loginsIn());
        assertEquals(0, dc.loginsOut());
        assertEquals(ScoreStats.of(6, 0.1, 2.0, 3.1), dc.score());
        assertEquals(GraphNode.Kind.IP, nodes.get(2).kind());
        assertEquals(GraphNode.Kind.UNKNOWN, nodes.get(3).kind());
    }
}

package io.ueba.ml.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph of who logs in where, built from groups of logins: each group's part of an edge is added to the edge, so
 * that the groups an index keeps apart (a host written {@code WS-01} and {@code ws-01}, a source with its host name
 * and several IPs) make one edge, as the models see one. Holds every edge it is given: the caller bounds the groups.
 */
public final class ScoredLoginGraph {

    private record Key(String source, String relation, String target) {}

    private final GraphFilter filter;
    private final Map<Key, GraphEdge> edges = new HashMap<>();

    public ScoredLoginGraph(GraphFilter filter) {
        this.filter = filter;
    }

    /** Adds the part to its edge, unless the filter leaves that edge out. */
    public void add(GraphEdge part) {
        if (filter.keeps(part)) {
            edges.merge(new Key(part.source(), part.relation(), part.target()), part, GraphEdge::plus);
        }
    }

    /** The number of distinct edges. */
    public int size() {
        return edges.size();
    }

    /** At most {@code max} edges, the first in that order. */
    public List<GraphEdge> top(GraphOrder order, int max) {
        List<GraphEdge> sorted = new ArrayList<>(edges.values());
        sorted.sort(order.comparator());
        return List.copyOf(sorted.subList(0, Math.min(max, sorted.size())));
    }

    /** The entities the edges are drawn between, in the order the edges first name them, with what those edges say of each. */
    public static List<GraphNode> nodes(List<GraphEdge> edges) {
        Map<String, NodeTally> nodes = new LinkedHashMap<>();
        for (GraphEdge edge : edges) {
            NodeTally from = nodes.computeIfAbsent(edge.source(), NodeTally::new);
            NodeTally to = nodes.computeIfAbsent(edge.target(), NodeTally::new);
            from.out += edge.count();
            to.in += edge.count();
            from.add(edge);
            if (to != from) {
                to.add(edge);
            }
        }
        return nodes.values().stream().map(NodeTally::node).toList();
    }

    private static final class NodeTally {
        private final String id;
        private long in;
        private long out;
        private long suspicious;
        private ScoreStats score = ScoreStats.NONE;

        NodeTally(String id) {
            this.id = id;
        }

        void add(GraphEdge edge) {
            suspicious += edge.suspicious();
            score = score.plus(edge.score());
        }

        GraphNode node() {
            return new GraphNode(id, GraphNode.Kind.of(id), in, out, suspicious, score);
        }
    }
}

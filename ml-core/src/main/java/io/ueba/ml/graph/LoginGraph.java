package io.ueba.ml.graph;

import io.ueba.ml.collect.LongKeyFilter;
import io.ueba.ml.collect.LongKeySet;

import java.util.List;

/**
 * The graph of who logs in where over a window: one edge per distinct (head, relation, tail), however many logins
 * made it, with how many did and when the first and last were; and per node, features that let a rarely seen node
 * still embed sensibly. Node {@code i} is {@code nodeKeys.get(i)}; edge {@code e} is
 * ({@code heads[e]}, {@code relations[e]}, {@code tails[e]}). Immutable by convention: nothing writes its arrays.
 *
 * @param nodeFeatures {@link NodeFeatures#COUNT} per node, row after row
 * @param droppedLogins logins' edges left out because they were new past the builder's cap of distinct edges
 */
public record LoginGraph(
    List<String> nodeKeys,
    NodeKind[] nodeKinds,
    List<String> relationNames,
    int[] heads,
    int[] relations,
    int[] tails,
    int[] counts,
    long[] firstSeenMillis,
    long[] lastSeenMillis,
    float[] nodeFeatures,
    long droppedLogins
) {

    public int nodeCount() {
        return nodeKeys.size();
    }

    public int edgeCount() {
        return heads.length;
    }

    public int relationCount() {
        return relationNames.size();
    }

    public NodeKind nodeKind(int node) {
        return nodeKinds[node];
    }

    /**
     * An edge (head, relation, tail) packed in one long, the same for every graph: its nodes and relations are within
     * what the builder lets a graph hold.
     */
    public static long edgeKey(int head, int relation, int tail) {
        return EdgeKeys.key(head, relation, tail);
    }

    /**
     * A lookup of the graph's edges, for telling a corrupted edge from a true one. Almost every edge it is asked about
     * is not in the graph, so a filter answers most of them before the keys are read.
     */
    public EdgeSet edgeSet() {
        LongKeySet keys = new LongKeySet(edgeCount());
        LongKeyFilter added = new LongKeyFilter(edgeCount());
        for (int e = 0; e < edgeCount(); e++) {
            long key = EdgeKeys.key(heads[e], relations[e], tails[e]);
            keys.add(key);
            added.add(key);
        }
        return (head, relation, tail) -> {
            long key = EdgeKeys.key(head, relation, tail);
            return added.mightContain(key) && keys.contains(key);
        };
    }

    @FunctionalInterface
    public interface EdgeSet {
        boolean contains(int head, int relation, int tail);
    }
}

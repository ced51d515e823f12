package io.ueba.ml.graph;

import io.ueba.ml.collect.LongIntTable;
import io.ueba.ml.features.LoginFeatures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the graph of a window's logins, one login at a time, as distinct edges: a year of a large domain is billions
 * of logins but millions of distinct edges, and memory follows the edges. Past {@code maxEdges} distinct edges, a login's
 * edge that is not already in the graph is left out, and counted. When built, each family keeps its {@code maxRelationsPerFamily} most frequent relations and folds the rest
 * into its {@code other} relation. Not thread-safe.
 */
public final class LoginGraphBuilder {

    private final List<RelationFamily> families;
    private final EdgeRelation relation;
    private final int maxEdges;
    private final int maxRelationsPerFamily;

    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final List<String> nodeKeys = new ArrayList<>();
    private long[] outLogins = new long[1024];
    private long[] inLogins = new long[1024];
    private long[] failedLogins = new long[1024];
    private int[] hourMasks = new int[1024];

    private final Map<String, Integer> relationIndex = new HashMap<>();
    private final List<String> relationNames = new ArrayList<>();
    private final List<RelationFamily> relationFamilies = new ArrayList<>();

    /** Null once the graph is built: the builder is spent, and the table is the largest thing it holds. */
    private LongIntTable edgeIndex = new LongIntTable(1024);
    private long[] edgeKeys = new long[1024];
    private int[] counts = new int[1024];
    private long[] firstSeen = new long[1024];
    private long[] lastSeen = new long[1024];
    private long droppedLogins;

    public LoginGraphBuilder(Set<RelationFamily> families, EdgeRelation relation, int maxEdges, int maxRelationsPerFamily) {
        this.families = families.stream().sorted().toList();
        this.relation = relation;
        this.maxEdges = maxEdges;
        this.maxRelationsPerFamily = maxRelationsPerFamily;
    }

    /** Adds the edges a login makes, one per family whose two ends the login names. */
    public void add(LoginFeatures login, Instant timestamp) {
        if (edgeIndex == null) {
            throw new IllegalStateException("the graph is built: its builder takes no more logins");
        }
        long millis = timestamp.toEpochMilli();
        int hourBit = 1 << timestamp.atOffset(ZoneOffset.UTC).getHour();
        for (RelationFamily family : families) {
            String head = family.head(login);
            String tail = family.tail(login);
            if (head == null || tail == null) {
                continue;
            }
            int relation = relation(family, this.relation.of(login));
            int edge = edgeOf(head, relation, tail);
            if (edge < 0 && edgeIndex.size() >= maxEdges) {
                // past the cap, a login that would make a new edge makes no node either: a node known only from
                // edges left out would be scored at ingest with a state training never shaped
                droppedLogins++;
                continue;
            }
            int headNode = node(head);
            int tailNode = node(tail);
            outLogins[headNode]++;
            inLogins[tailNode]++;
            if (login.success() == false) {
                failedLogins[headNode]++;
                failedLogins[tailNode]++;
            }
            hourMasks[headNode] |= hourBit;
            hourMasks[tailNode] |= hourBit;
            addEdge(headNode, relation, tailNode, millis);
        }
    }

    /** The edge's index, or -1 when it is not in the graph (an end the graph has no node for included). */
    private int edgeOf(String head, int relation, String tail) {
        Integer headNode = nodeIndex.get(head);
        Integer tailNode = nodeIndex.get(tail);
        return headNode == null || tailNode == null ? -1 : edgeIndex.get(EdgeKeys.key(headNode, relation, tailNode));
    }

    private void addEdge(int head, int relation, int tail, long millis) {
        long key = EdgeKeys.key(head, relation, tail);
        int edge = edgeIndex.get(key);
        if (edge < 0) {
            edge = edgeIndex.size();
            edgeIndex.put(key, edge);
            if (edge == edgeKeys.length) {
                // by half, not double: at millions of edges these arrays are most of the heap, twice over while copied
                int grown = edge + (edge >> 1);
                edgeKeys = Arrays.copyOf(edgeKeys, grown);
                counts = Arrays.copyOf(counts, grown);
                firstSeen = Arrays.copyOf(firstSeen, grown);
                lastSeen = Arrays.copyOf(lastSeen, grown);
            }
            edgeKeys[edge] = key;
            firstSeen[edge] = Long.MAX_VALUE;
            lastSeen[edge] = Long.MIN_VALUE;
        }
        counts[edge]++;
        firstSeen[edge] = Math.min(firstSeen[edge], millis);
        lastSeen[edge] = Math.max(lastSeen[edge], millis);
    }

    private int node(String key) {
        Integer known = nodeIndex.get(key);
        if (known != null) {
            return known;
        }
        int node = nodeKeys.size();
        if (node == EdgeKeys.MAX_NODES - 1) {
            throw new IllegalStateException("the login graph holds " + node + " nodes, the most it can");
        }
        nodeIndex.put(key, node);
        nodeKeys.add(key);
        if (node == outLogins.length) {
            outLogins = Arrays.copyOf(outLogins, node * 2);
            inLogins = Arrays.copyOf(inLogins, node * 2);
            failedLogins = Arrays.copyOf(failedLogins, node * 2);
            hourMasks = Arrays.copyOf(hourMasks, node * 2);
        }
        return node;
    }

    /** Relations past the packed key's room go to their family's {@code other} relation straight away. */
    private int relation(RelationFamily family, String loginRelation) {
        String name = family.relation(loginRelation);
        Integer known = relationIndex.get(name);
        if (known != null) {
            return known;
        }
        if (relationNames.size() >= EdgeKeys.MAX_RELATIONS - families.size()) {
            name = family.otherRelation();
            known = relationIndex.get(name);
            if (known != null) {
                return known;
            }
        }
        int relation = relationNames.size();
        relationIndex.put(name, relation);
        relationNames.add(name);
        relationFamilies.add(family);
        return relation;
    }

    /** The graph of the logins added; once only, since the builder lets go of its edge table to make room for the graph. */
    public LoginGraph build() {
        if (edgeIndex == null) {
            throw new IllegalStateException("the graph is already built");
        }
        int edges = edgeIndex.size();
        edgeIndex = null;
        int[] kept = keptRelations(edges);
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int[] remap = new int[relationNames.size()];
        for (int r = 0; r < relationNames.size(); r++) {
            String name = kept[r] >= 0 ? relationNames.get(r) : relationFamilies.get(r).otherRelation();
            remap[r] = index.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }
        return merged(edges, names, remap);
    }

    /** For each relation, its rank among its family's relations by logins when it is kept, -1 when it is folded into other. */
    private int[] keptRelations(int edges) {
        long[] logins = new long[relationNames.size()];
        for (int e = 0; e < edges; e++) {
            logins[EdgeKeys.relation(edgeKeys[e])] += counts[e];
        }
        int[] kept = new int[relationNames.size()];
        Arrays.fill(kept, -1);
        for (RelationFamily family : families) {
            List<Integer> ofFamily = new ArrayList<>();
            for (int r = 0; r < relationNames.size(); r++) {
                if (relationFamilies.get(r) == family) {
                    ofFamily.add(r);
                }
            }
            ofFamily.sort(Comparator.comparingLong((Integer r) -> -logins[r]).thenComparing(relationNames::get));
            int room = ofFamily.size() <= maxRelationsPerFamily ? ofFamily.size() : maxRelationsPerFamily - 1;
            for (int rank = 0; rank < room; rank++) {
                kept[ofFamily.get(rank)] = rank;
            }
        }
        return kept;
    }

    /**
     * The edges under their new relations, edges that now coincide merged. Only a relation folded into another can make
     * two edges coincide; without one, no table is needed to find them, which at ten million edges is 400 MB less.
     */
    private LoginGraph merged(int edges, List<String> names, int[] remap) {
        LongIntTable table = names.size() < remap.length ? new LongIntTable(edges) : null;
        int[] heads = new int[edges];
        int[] relations = new int[edges];
        int[] tails = new int[edges];
        int[] mergedCounts = new int[edges];
        long[] first = new long[edges];
        long[] last = new long[edges];
        int size = 0;
        for (int e = 0; e < edges; e++) {
            long key = edgeKeys[e];
            int head = EdgeKeys.head(key);
            int relation = remap[EdgeKeys.relation(key)];
            int tail = EdgeKeys.tail(key);
            long newKey = EdgeKeys.key(head, relation, tail);
            int at = table == null ? -1 : table.get(newKey);
            if (at < 0) {
                at = size++;
                if (table != null) {
                    table.put(newKey, at);
                }
                heads[at] = head;
                relations[at] = relation;
                tails[at] = tail;
                first[at] = firstSeen[e];
                last[at] = lastSeen[e];
            }
            mergedCounts[at] += counts[e];
            first[at] = Math.min(first[at], firstSeen[e]);
            last[at] = Math.max(last[at], lastSeen[e]);
        }
        int nodes = nodeKeys.size();
        NodeKind[] kinds = new NodeKind[nodes];
        for (int n = 0; n < nodes; n++) {
            kinds[n] = NodeKind.ofKey(nodeKeys.get(n));
        }
        heads = fit(heads, size);
        tails = fit(tails, size);
        float[] features = NodeFeatures.of(kinds, Arrays.copyOf(outLogins, nodes), Arrays.copyOf(inLogins, nodes),
            Arrays.copyOf(failedLogins, nodes), Arrays.copyOf(hourMasks, nodes), heads, tails);
        return new LoginGraph(List.copyOf(nodeKeys), kinds, List.copyOf(names), heads,
            fit(relations, size), tails, fit(mergedCounts, size), fit(first, size), fit(last, size), features, droppedLogins);
    }

    /** The array cut to its first {@code size} values; the array itself when that is all of it. */
    private static int[] fit(int[] array, int size) {
        return size == array.length ? array : Arrays.copyOf(array, size);
    }

    private static long[] fit(long[] array, int size) {
        return size == array.length ? array : Arrays.copyOf(array, size);
    }
}

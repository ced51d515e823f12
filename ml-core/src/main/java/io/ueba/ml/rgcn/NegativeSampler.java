package io.ueba.ml.rgcn;

import io.ueba.ml.graph.LoginGraph;
import io.ueba.ml.graph.NodeKind;

import java.util.Random;

/**
 * Corrupts true edges into edges the graph does not hold: the head or the tail (a coin flip) is replaced by a random
 * node of the same kind among a step's nodes, so a host is never replaced by a user, and a corrupted edge that turns
 * out to be a true one is drawn again (a few times, then kept: at worst a little noise).
 */
final class NegativeSampler {

    private static final int REDRAWS = 3;

    private final LoginGraph graph;
    private final LoginGraph.EdgeSet known;
    private final Random random;

    NegativeSampler(LoginGraph graph, LoginGraph.EdgeSet known, long seed) {
        this.graph = graph;
        this.known = known;
        this.random = new Random(seed);
    }

    /**
     * The nodes a step trains on, numbered from 0, and those of each kind: what a corruption draws from, worked out once
     * per set of nodes rather than once per step.
     *
     * @param localToGlobal the graph node of each local number
     * @param byKind        the local numbers of each {@link NodeKind}, in its order
     * @param kinds         the {@link NodeKind} ordinal of each local number: read per corruption, where looking the
     *                      graph node up in the whole graph's table was a cache miss each time
     */
    record Nodes(int[] localToGlobal, int[][] byKind, byte[] kinds) {}

    Nodes nodes(int[] localToGlobal) {
        byte[] kinds = new byte[localToGlobal.length];
        int[] counts = new int[NodeKind.values().length];
        for (int local = 0; local < localToGlobal.length; local++) {
            int kind = graph.nodeKind(localToGlobal[local]).ordinal();
            kinds[local] = (byte) kind;
            counts[kind]++;
        }
        int[][] byKind = new int[counts.length][];
        for (int kind = 0; kind < counts.length; kind++) {
            byKind[kind] = new int[counts[kind]];
        }
        int[] filled = new int[counts.length];
        for (int local = 0; local < localToGlobal.length; local++) {
            byKind[kinds[local]][filled[kinds[local]]++] = local;
        }
        return new Nodes(localToGlobal, byKind, kinds);
    }

    /**
     * Corruptions of the true edges, {@code perEdge} for each, with the nodes as local numbers: each keeps its edge's
     * relation and one end, and replaces the other (a coin flip) with a node of the same kind.
     */
    Corruptions corrupt(Triples edges, Nodes nodes, int perEdge) {
        int[] localToGlobal = nodes.localToGlobal();
        int[][] byKind = nodes.byKind();
        byte[] kinds = nodes.kinds();
        int size = edges.size() * perEdge;
        int[] replacements = new int[size];
        boolean[] headReplaced = new boolean[size];
        int at = 0;
        for (int e = 0; e < edges.size(); e++) {
            int relation = edges.relations()[e];
            for (int k = 0; k < perEdge; k++, at++) {
                for (int draw = 0; draw <= REDRAWS; draw++) {
                    boolean corruptHead = random.nextBoolean();
                    int[] candidates = byKind[kinds[corruptHead ? edges.heads()[e] : edges.tails()[e]]];
                    int replacement = candidates[random.nextInt(candidates.length)];
                    replacements[at] = replacement;
                    headReplaced[at] = corruptHead;
                    int head = corruptHead ? replacement : edges.heads()[e];
                    int tail = corruptHead ? edges.tails()[e] : replacement;
                    if (known.contains(localToGlobal[head], relation, localToGlobal[tail]) == false) {
                        break;
                    }
                }
            }
        }
        return new Corruptions(perEdge, replacements, headReplaced);
    }

    /**
     * @param replacements the replacing node of each corruption, {@code perEdge} for each true edge in its order
     * @param headReplaced whether each replaces its edge's head (else its tail)
     */
    record Corruptions(int perEdge, int[] replacements, boolean[] headReplaced) {

        /** As whole triples of the edges they corrupt. */
        Triples of(Triples edges) {
            int[] heads = new int[replacements.length];
            int[] relations = new int[replacements.length];
            int[] tails = new int[replacements.length];
            for (int i = 0; i < replacements.length; i++) {
                int e = i / perEdge;
                heads[i] = headReplaced[i] ? replacements[i] : edges.heads()[e];
                relations[i] = edges.relations()[e];
                tails[i] = headReplaced[i] ? edges.tails()[e] : replacements[i];
            }
            return new Triples(heads, relations, tails);
        }
    }
}

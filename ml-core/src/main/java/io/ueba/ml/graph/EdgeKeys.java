package io.ueba.ml.graph;

/**
 * A distinct edge (head, relation, tail) packed in one long, within what a graph may hold: 28 bits for the tail, 8 for
 * the relation and the rest for the head, whose top bit is never used, so that a key is never negative, as the
 * primitive tables that hold keys require.
 */
final class EdgeKeys {

    static final int MAX_NODES = 1 << 27;
    static final int MAX_RELATIONS = 1 << 8;
    private static final int RELATION_SHIFT = 28;
    private static final int HEAD_SHIFT = RELATION_SHIFT + 8;

    private EdgeKeys() {}

    static long key(int head, int relation, int tail) {
        return ((long) head << HEAD_SHIFT) | ((long) relation << RELATION_SHIFT) | tail;
    }

    static int head(long key) {
        return (int) (key >>> HEAD_SHIFT);
    }

    static int relation(long key) {
        return (int) (key >>> RELATION_SHIFT) & (MAX_RELATIONS - 1);
    }

    static int tail(long key) {
        return (int) (key & ((1L << RELATION_SHIFT) - 1));
    }
}

package io.ueba.ml.rgcn;

/** (head, relation, tail) triples in three parallel arrays. */
record Triples(int[] heads, int[] relations, int[] tails) {

    int size() {
        return heads.length;
    }

    Triples select(int[] order, int from, int to) {
        int[] h = new int[to - from];
        int[] r = new int[to - from];
        int[] t = new int[to - from];
        for (int i = from; i < to; i++) {
            h[i - from] = heads[order[i]];
            r[i - from] = relations[order[i]];
            t[i - from] = tails[order[i]];
        }
        return new Triples(h, r, t);
    }
}

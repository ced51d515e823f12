package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.Arrays;

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

    NDArray headArray(NDManager manager) {
        return manager.create(Arrays.stream(heads).asLongStream().toArray());
    }

    NDArray relationArray(NDManager manager) {
        return manager.create(Arrays.stream(relations).asLongStream().toArray());
    }

    NDArray tailArray(NDManager manager) {
        return manager.create(Arrays.stream(tails).asLongStream().toArray());
    }
}

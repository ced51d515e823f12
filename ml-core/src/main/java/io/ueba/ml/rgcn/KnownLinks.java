package io.ueba.ml.rgcn;

import io.ueba.ml.collect.LongKeySet;
import io.ueba.ml.graph.LoginGraph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The distinct edges of the window the model learned from, by key ({@link LoginGraph#edgeKey}): a link seen in the
 * window is not new, whatever the model makes of it, and adds no surprise. The model is for the links that are new;
 * early stopping leaves it short of fitting every known one (measured on LANL-style data: a user's daily logon to a
 * server, seen all window long, at probability 0.000). Held in a hash set, looked up for each of a login's edges on
 * the ingest path; stored sorted. Immutable once made.
 */
final class KnownLinks {

    private final LongKeySet keys;

    private KnownLinks(LongKeySet keys) {
        this.keys = keys;
    }

    static KnownLinks of(int[] heads, int[] relations, int[] tails) {
        LongKeySet keys = new LongKeySet(heads.length);
        for (int e = 0; e < heads.length; e++) {
            keys.add(LoginGraph.edgeKey(heads[e], relations[e], tails[e]));
        }
        return new KnownLinks(keys);
    }

    boolean contains(int head, int relation, int tail) {
        return keys.contains(LoginGraph.edgeKey(head, relation, tail));
    }

    void write(DataOutput out) throws IOException {
        long[] sorted = keys.sorted();
        out.writeInt(sorted.length);
        for (long key : sorted) {
            out.writeLong(key);
        }
    }

    static KnownLinks read(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative count of known links: " + count);
        }
        LongKeySet keys = new LongKeySet(count);
        long previous = -1;
        for (int i = 0; i < count; i++) {
            long key = in.readLong();
            if (key <= previous) {
                throw new IOException("known links out of order at " + i);
            }
            keys.add(key);
            previous = key;
        }
        return new KnownLinks(keys);
    }
}

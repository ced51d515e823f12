package io.ueba.ml.rgcn;

import io.ueba.ml.graph.LoginGraph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The distinct edges of the window the model learned from, as sorted keys ({@link LoginGraph#edgeKey}): a link seen in
 * the window is not new, whatever the model makes of it, and adds no surprise. The model is for the links that are
 * new; early stopping leaves it short of fitting every known one (measured on LANL-style data: a user's daily logon to
 * a server, seen all window long, at probability 0.000). Eight bytes per edge. Immutable.
 */
final class KnownLinks {

    private final long[] keys;

    private KnownLinks(long[] keys) {
        this.keys = keys;
    }

    static KnownLinks of(int[] heads, int[] relations, int[] tails) {
        long[] keys = new long[heads.length];
        for (int e = 0; e < keys.length; e++) {
            keys[e] = LoginGraph.edgeKey(heads[e], relations[e], tails[e]);
        }
        Arrays.sort(keys);
        return new KnownLinks(keys);
    }

    boolean contains(int head, int relation, int tail) {
        return Arrays.binarySearch(keys, LoginGraph.edgeKey(head, relation, tail)) >= 0;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(keys.length);
        for (long key : keys) {
            out.writeLong(key);
        }
    }

    static KnownLinks read(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative count of known links: " + count);
        }
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = in.readLong();
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IOException("known links out of order at " + i);
            }
        }
        return new KnownLinks(keys);
    }
}

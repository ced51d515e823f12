package io.ueba.ml.rarity;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often each value came with each context, for one {@link RarityPair}, and the surprisal of a value given its
 * context with additive smoothing: -ln((c(context, value) + a) / (c(context) + a * (V + 1))), where V is the number of
 * distinct values seen, plus one for a value never seen. A context never seen gives every value the same surprisal,
 * ln(V + 1): nothing is known of it, so nothing about it is rarer than the rest.
 */
final class PairCounts {

    /** Between a context and a value in a joint key: no name the featurizer makes holds it. */
    private static final char SEPARATOR = '\u001f';

    private final Map<String, Integer> joint;
    private final Map<String, Integer> contexts;
    private final int distinctValues;

    private PairCounts(Map<String, Integer> joint, Map<String, Integer> contexts, int distinctValues) {
        this.joint = joint;
        this.contexts = contexts;
        this.distinctValues = distinctValues;
    }

    /** Counts logins into new tables, up to a number of distinct (context, value) pairs so that memory is bounded. */
    static final class Counting {
        private final Map<String, Integer> joint = new HashMap<>();
        private final Map<String, Integer> contexts = new HashMap<>();
        private final Set<String> values = new HashSet<>();
        private final int maxPairs;

        Counting(int maxPairs) {
            this.maxPairs = maxPairs;
        }

        /**
         * A pair beyond the limit is not counted at all, neither its context nor its value, so a table that is full
         * stays consistent: such a pair scores as one never seen, the cautious side.
         */
        void add(String context, String value) {
            String key = context + SEPARATOR + value;
            if (joint.containsKey(key) == false && joint.size() >= maxPairs) {
                return;
            }
            joint.merge(key, 1, Integer::sum);
            contexts.merge(context, 1, Integer::sum);
            values.add(value);
        }

        PairCounts counts() {
            return new PairCounts(Map.copyOf(joint), Map.copyOf(contexts), values.size());
        }
    }

    double surprisal(String context, String value, double smoothing) {
        int pair = joint.getOrDefault(context + SEPARATOR + value, 0);
        int total = contexts.getOrDefault(context, 0);
        return -Math.log((pair + smoothing) / (total + smoothing * (distinctValues + 1)));
    }

    boolean seen(String context, String value) {
        return joint.containsKey(context + SEPARATOR + value);
    }

    int size() {
        return joint.size();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(distinctValues);
        writeCounts(joint, out);
        writeCounts(contexts, out);
    }

    static PairCounts read(DataInput in) throws IOException {
        int distinctValues = in.readInt();
        return new PairCounts(readCounts(in), readCounts(in), distinctValues);
    }

    private static void writeCounts(Map<String, Integer> counts, DataOutput out) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            out.writeUTF(count.getKey());
            out.writeInt(count.getValue());
        }
    }

    private static Map<String, Integer> readCounts(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a count table cannot have " + size + " entries");
        }
        Map<String, Integer> counts = HashMap.newHashMap(size);
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return Map.copyOf(counts);
    }
}

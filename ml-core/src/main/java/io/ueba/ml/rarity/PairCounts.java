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
 * ln(V + 1): nothing is known of it, so nothing about it is rarer than the rest. Counts are kept by context, then by
 * value, so that looking a login up builds no key.
 */
final class PairCounts {

    /** One context's logins: how many in all, and how many with each value. */
    private record Context(int total, Map<String, Integer> values) {}

    /**
     * What the counts say of one login's pair.
     *
     * @param seen whether the pair came up in the window at all
     */
    record Observation(double surprisal, boolean seen) {}

    private final Map<String, Context> contexts;
    private final int distinctValues;
    private final int pairs;

    private PairCounts(Map<String, Context> contexts, int distinctValues) {
        this.contexts = contexts;
        this.distinctValues = distinctValues;
        this.pairs = contexts.values().stream().mapToInt(context -> context.values().size()).sum();
    }

    /** Counts logins into new tables, up to a number of distinct (context, value) pairs so that memory is bounded. */
    static final class Counting {
        private final Map<String, Map<String, Integer>> byContext = new HashMap<>();
        private final Map<String, Integer> totals = new HashMap<>();
        private final Set<String> values = new HashSet<>();
        private final int maxPairs;
        private int pairs;

        Counting(int maxPairs) {
            this.maxPairs = maxPairs;
        }

        /**
         * A pair beyond the limit is not counted at all, neither its context nor its value, so a table that is full
         * stays consistent: such a pair scores as one never seen, the cautious side.
         */
        void add(String context, String value) {
            Map<String, Integer> counts = byContext.get(context);
            boolean newPair = counts == null || counts.containsKey(value) == false;
            if (newPair && pairs >= maxPairs) {
                return;
            }
            if (newPair) {
                pairs++;
            }
            byContext.computeIfAbsent(context, c -> new HashMap<>()).merge(value, 1, Integer::sum);
            totals.merge(context, 1, Integer::sum);
            values.add(value);
        }

        PairCounts counts() {
            Map<String, Context> contexts = HashMap.newHashMap(byContext.size());
            byContext.forEach((context, counts) -> contexts.put(context, new Context(totals.get(context), Map.copyOf(counts))));
            return new PairCounts(Map.copyOf(contexts), values.size());
        }
    }

    Observation observe(String context, String value, double smoothing) {
        Context counts = contexts.get(context);
        int pair = counts == null ? 0 : counts.values().getOrDefault(value, 0);
        int total = counts == null ? 0 : counts.total();
        return new Observation(-Math.log((pair + smoothing) / (total + smoothing * (distinctValues + 1))), pair > 0);
    }

    /** Distinct (context, value) pairs counted. */
    int size() {
        return pairs;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(distinctValues);
        out.writeInt(contexts.size());
        for (Map.Entry<String, Context> context : contexts.entrySet()) {
            out.writeUTF(context.getKey());
            out.writeInt(context.getValue().total());
            Map<String, Integer> counts = context.getValue().values();
            out.writeInt(counts.size());
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                out.writeUTF(count.getKey());
                out.writeInt(count.getValue());
            }
        }
    }

    static PairCounts read(DataInput in) throws IOException {
        int distinctValues = in.readInt();
        int size = entries(in);
        Map<String, Context> contexts = HashMap.newHashMap(size);
        for (int c = 0; c < size; c++) {
            String context = in.readUTF();
            int total = in.readInt();
            int values = entries(in);
            Map<String, Integer> counts = HashMap.newHashMap(values);
            for (int v = 0; v < values; v++) {
                counts.put(in.readUTF(), in.readInt());
            }
            contexts.put(context, new Context(total, Map.copyOf(counts)));
        }
        return new PairCounts(Map.copyOf(contexts), distinctValues);
    }

    private static int entries(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("a count table cannot have " + size + " entries");
        }
        return size;
    }
}

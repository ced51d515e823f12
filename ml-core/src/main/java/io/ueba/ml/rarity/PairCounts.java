package io.ueba.ml.rarity;

import io.ueba.ml.collect.LongIntTable;
import io.ueba.ml.collect.NameHash;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often each value came with each context, for one {@link LoginPair}, and the surprisal of a value given its
 * context with additive smoothing: -ln((c(context, value) + a) / (c(context) + a * (V + 1))), where V is the number of
 * distinct values seen, plus one for a value never seen. A context never seen gives every value the same surprisal,
 * ln(V + 1): nothing is known of it, so nothing about it is rarer than the rest. Counts are kept by context, then by
 * value, as they are stored; a login is looked up in tables keyed by the names' hashes ({@link NameHash}), which read a
 * cache line or two where the maps of names read a chain of objects, on every login of the ingest path.
 */
final class PairCounts {

    /** One context's logins: how many in all, and how many with each value. */
    private record Context(int total, Map<String, Integer> values) {}

    private final Map<String, Context> contexts;
    private final int distinctValues;
    private final int pairs;
    /** {@link NameHash} of a context to its total. */
    private final LongIntTable totalsByContext;
    /** {@link NameHash#pair} of a context's and a value's hashes to their count. */
    private final LongIntTable countsByPair;

    private PairCounts(Map<String, Context> contexts, int distinctValues) {
        this.contexts = contexts;
        this.distinctValues = distinctValues;
        this.pairs = contexts.values().stream().mapToInt(context -> context.values().size()).sum();
        this.totalsByContext = new LongIntTable(contexts.size());
        this.countsByPair = new LongIntTable(pairs);
        contexts.forEach((context, counts) -> {
            long contextHash = NameHash.of(context);
            totalsByContext.put(contextHash, counts.total());
            counts.values().forEach((value, count) -> countsByPair.put(NameHash.pair(contextHash, NameHash.of(value)), count));
        });
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

    /** -ln p(value | context), smoothed. */
    double surprisal(String context, String value, double smoothing) {
        long contextHash = NameHash.of(context);
        int total = Math.max(0, totalsByContext.get(contextHash));
        int pair = total == 0 ? 0 : count(contextHash, value);
        return -Math.log((pair + smoothing) / (total + smoothing * (distinctValues + 1)));
    }

    /** Whether the pair came up in the window at all. */
    boolean seen(String context, String value) {
        return count(NameHash.of(context), value) > 0;
    }

    private int count(long contextHash, String value) {
        return Math.max(0, countsByPair.get(NameHash.pair(contextHash, NameHash.of(value))));
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

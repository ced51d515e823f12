package io.ueba.ml.rarity;

import io.ueba.ml.collect.LossyMemo;
import io.ueba.ml.collect.NameHash;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A published rarity model: scores a login by the summed surprisal of its pairs ({@link LoginPair}) over the
 * calibrated threshold, and names the rarest pairs. A handful of hash lookups per login, in memory; the sum over the
 * pairs that do not read the time is remembered, since most logins repeat a user's usual source and destination.
 * Immutable but for the memo. A class, not a record: the tables are split by whether they read the time once, here,
 * and no caller can pass a split that disagrees with them.
 */
final class RarityScorer implements LoginScorer {

    static final int MAX_REASONS = 3;
    /** Slots per write thread: 256 KB each. */
    static final int MEMO_SLOTS = 1 << 14;

    private final String version;
    /** One count table per pair: every {@link RarityPair}, then the job's {@link FieldPair}s. */
    private final List<PairTable> tables;
    /** The additive smoothing the tables are read with. */
    private final double smoothing;
    private final Threshold threshold;
    /** The document fields of its {@link FieldPair}s, which ingest must read for it: found once, since ingest asks on every login. */
    private final Set<String> attributeFields;
    /** The tables of the pairs that do not read the login's time: their sum is remembered. */
    private final List<PairTable> timelessTables;
    /** The tables of the pairs that read it, looked up for every login. */
    private final List<PairTable> timedTables;
    /** The timeless sums of the logins this scorer's threads scored last, by a hash of their pairs. */
    private final LossyMemo memo = new LossyMemo(MEMO_SLOTS);

    RarityScorer(String version, List<PairTable> tables, double smoothing, Threshold threshold) {
        this.version = version;
        this.tables = List.copyOf(tables);
        this.smoothing = smoothing;
        this.threshold = threshold;
        this.attributeFields = Collections.unmodifiableSet(FieldPair.fieldsOf(this.tables.stream().map(PairTable::pair).toList()));
        this.timelessTables = this.tables.stream().filter(table -> table.pair().readsTime() == false).toList();
        this.timedTables = this.tables.stream().filter(table -> table.pair().readsTime()).toList();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Threshold threshold() {
        return threshold;
    }

    @Override
    public Set<String> attributeFields() {
        return attributeFields;
    }

    List<PairTable> tables() {
        return tables;
    }

    double smoothing() {
        return smoothing;
    }

    @Override
    public String kind() {
        return RarityKind.NAME;
    }

    @Override
    public KindScore score(LoginFeatures features) {
        double score = threshold.score(timelessSurprisal(features) + surprisal(timedTables, smoothing, features));
        return new KindScore(RarityKind.NAME, score, score < 1 ? List.of() : reasons(features));
    }

    /** The summed surprisal of a login's pairs: the raw score, before the threshold. Allocates nothing of its own. */
    static double surprisal(List<PairTable> tables, double smoothing, LoginFeatures features) {
        double sum = 0;
        for (PairTable table : tables) {
            double surprisal = table.surprisal(features, smoothing);
            if (Double.isNaN(surprisal) == false) {
                sum += surprisal;
            }
        }
        return sum;
    }

    /** The sum over the pairs that do not read the time: the same for a user's every login from a source to a destination. */
    private double timelessSurprisal(LoginFeatures features) {
        long key = memoKey(features);
        double surprisal = memo.get(key);
        if (Double.isNaN(surprisal)) {
            surprisal = surprisal(timelessTables, smoothing, features);
            memo.put(key, surprisal);
        }
        return surprisal;
    }

    /** Each timeless pair's context and value, in the tables' order: all that their sum is computed from. */
    private long memoKey(LoginFeatures features) {
        long sequence = NameHash.SEQUENCE_START;
        for (PairTable table : timelessTables) {
            LoginPair pair = table.pair();
            sequence = NameHash.then(NameHash.then(sequence, pair.context(features)), pair.value(features));
        }
        return NameHash.sequenceKey(sequence);
    }

    private record PairSurprisal(double surprisal, String reason) {}

    /** The rarest pairs in an analyst's words: only for a login past the threshold, a few in a thousand. */
    private List<String> reasons(LoginFeatures features) {
        List<PairSurprisal> pairs = new ArrayList<>(tables.size());
        for (PairTable table : tables) {
            double surprisal = table.surprisal(features, smoothing);
            if (Double.isNaN(surprisal) == false) {
                pairs.add(new PairSurprisal(surprisal, table.reason(features)));
            }
        }
        return pairs.stream()
            .sorted(Comparator.comparingDouble(PairSurprisal::surprisal).reversed())
            .limit(MAX_REASONS)
            .map(PairSurprisal::reason)
            .toList();
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeDouble(smoothing);
        out.writeInt(tables.size());
        for (PairTable table : tables) {
            out.writeUTF(table.pair().storedName());
            table.counts().write(out);
        }
    }
}

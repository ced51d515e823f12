package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A published rarity model: scores a login by the summed surprisal of its pairs ({@link RarityPair}) over the
 * calibrated threshold, and names the rarest pairs. A handful of hash lookups per login, in memory.
 *
 * @param tables    one count table per pair kind
 * @param smoothing the additive smoothing the tables are read with
 */
record RarityScorer(String version, Map<RarityPair, PairCounts> tables, double smoothing, Threshold threshold) implements LoginScorer {

    static final int MAX_REASONS = 3;

    @Override
    public String kind() {
        return RarityKind.NAME;
    }

    @Override
    public KindScore score(LoginFeatures features) {
        List<PairSurprisal> pairs = surprisals(tables, smoothing, features);
        double sum = 0;
        for (PairSurprisal pair : pairs) {
            sum += pair.surprisal();
        }
        double score = threshold.score(sum);
        if (score < 1) {
            return new KindScore(RarityKind.NAME, score, List.of());
        }
        List<String> reasons = pairs.stream()
            .sorted(Comparator.comparingDouble(PairSurprisal::surprisal).reversed())
            .limit(MAX_REASONS)
            .map(PairSurprisal::reason)
            .toList();
        return new KindScore(RarityKind.NAME, score, reasons);
    }

    /** The summed surprisal of a login's pairs: the raw score, before the threshold. */
    static double surprisal(Map<RarityPair, PairCounts> tables, double smoothing, LoginFeatures features) {
        double sum = 0;
        for (PairSurprisal pair : surprisals(tables, smoothing, features)) {
            sum += pair.surprisal();
        }
        return sum;
    }

    private record PairSurprisal(double surprisal, String reason) {}

    private static List<PairSurprisal> surprisals(Map<RarityPair, PairCounts> tables, double smoothing, LoginFeatures features) {
        List<PairSurprisal> pairs = new ArrayList<>(tables.size());
        for (Map.Entry<RarityPair, PairCounts> table : tables.entrySet()) {
            RarityPair pair = table.getKey();
            String context = pair.context(features);
            String value = pair.value(features);
            if (context != null && value != null) {
                PairCounts.Observation observed = table.getValue().observe(context, value, smoothing);
                pairs.add(new PairSurprisal(observed.surprisal(), pair.reason(observed.seen() == false)));
            }
        }
        return pairs;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeDouble(smoothing);
        out.writeInt(tables.size());
        for (Map.Entry<RarityPair, PairCounts> table : tables.entrySet()) {
            out.writeUTF(table.getKey().name());
            table.getValue().write(out);
        }
    }
}

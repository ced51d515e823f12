package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A published rarity model: scores a login by the summed surprisal of its pairs ({@link LoginPair}) over the
 * calibrated threshold, and names the rarest pairs. A handful of hash lookups per login, in memory.
 *
 * @param tables          one count table per pair: every {@link RarityPair}, then the job's {@link FieldPair}s
 * @param smoothing       the additive smoothing the tables are read with
 * @param attributeFields the document fields of its {@link FieldPair}s, which ingest must read for it: found
 *                        once, since ingest asks for them on every login
 */
record RarityScorer(String version, List<PairTable> tables, double smoothing, Threshold threshold, Set<String> attributeFields)
    implements LoginScorer {

    static final int MAX_REASONS = 3;

    RarityScorer {
        tables = List.copyOf(tables);
        attributeFields = Collections.unmodifiableSet(new LinkedHashSet<>(attributeFields));
    }

    RarityScorer(String version, List<PairTable> tables, double smoothing, Threshold threshold) {
        this(version, tables, smoothing, threshold, FieldPair.fieldsOf(tables.stream().map(PairTable::pair).toList()));
    }

    @Override
    public String kind() {
        return RarityKind.NAME;
    }

    @Override
    public KindScore score(LoginFeatures features) {
        double score = threshold.score(surprisal(tables, smoothing, features));
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

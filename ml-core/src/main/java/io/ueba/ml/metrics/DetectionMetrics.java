package io.ueba.ml.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection quality of scores against labels: how well they rank attacks (ROC AUC, average precision, recall when
 * 1% of the normal logins may be flagged) and what the product's own threshold flags.
 */
public record DetectionMetrics(
    double rocAuc,
    double averagePrecision,
    double recallAtOnePercentFpr,
    ThresholdMetrics atThreshold,
    long positives,
    long negatives
) {

    public static final double ANALYST_FALSE_POSITIVE_RATE = 0.01;

    /** Needs at least one positive and one negative. */
    public static DetectionMetrics of(double[] scores, boolean[] positive, double threshold) {
        ThresholdMetrics at = ThresholdMetrics.at(scores, positive, threshold);
        return new DetectionMetrics(
            RankingMetrics.rocAuc(scores, positive),
            RankingMetrics.averagePrecision(scores, positive),
            RankingMetrics.recallAtFalsePositiveRate(scores, positive, ANALYST_FALSE_POSITIVE_RATE),
            at,
            at.truePositives() + at.falseNegatives(),
            at.falsePositives() + at.trueNegatives()
        );
    }

    /** The fields scripts read, by the names the evaluation command prints them under. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("roc_auc", rounded(rocAuc));
        map.put("average_precision", rounded(averagePrecision));
        map.put("precision", rounded(atThreshold.precision()));
        map.put("recall", rounded(atThreshold.recall()));
        map.put("f1", rounded(atThreshold.f1()));
        map.put("recall_at_1pct_fpr", rounded(recallAtOnePercentFpr));
        map.put("positives", positives);
        map.put("negatives", negatives);
        return map;
    }

    /** A metric to the four decimals reports print. */
    public static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

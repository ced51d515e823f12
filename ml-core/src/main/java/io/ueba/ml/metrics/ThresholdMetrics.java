package io.ueba.ml.metrics;

/**
 * What a threshold does to labelled logins: a login scoring at or above it is flagged. Precision is 0 when nothing
 * is flagged, recall 0 when there is no positive, and F1 0 when both are.
 */
public record ThresholdMetrics(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public static ThresholdMetrics at(double[] scores, boolean[] positive, double threshold) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (positive[i]) {
                if (flagged) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ThresholdMetrics(tp, fp, fn, tn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

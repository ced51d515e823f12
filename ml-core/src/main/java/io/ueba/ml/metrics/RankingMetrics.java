package io.ueba.ml.metrics;

import java.util.Arrays;
import java.util.Comparator;

/** How well scores rank the positives (attacks) above the negatives: ROC AUC and average precision. */
public final class RankingMetrics {

    private RankingMetrics() {}

    /** Area under the ROC curve, ties counted half (the Mann-Whitney statistic). */
    public static double rocAuc(double[] scores, boolean[] positive) {
        Integer[] order = byScore(scores, positive);
        long positives = 0;
        long negatives = 0;
        for (boolean p : positive) {
            if (p) {
                positives++;
            } else {
                negatives++;
            }
        }
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("ROC AUC needs positives and negatives, got " + positives + " and " + negatives);
        }
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += averageRank;
                }
            }
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Average precision: the mean, over the positives, of the precision at the rank of each, best scores first. */
    public static double averagePrecision(double[] scores, boolean[] positive) {
        Integer[] order = byScore(scores, positive);
        double sum = 0;
        long hits = 0;
        for (int rank = order.length - 1, seen = 1; rank >= 0; rank--, seen++) {
            if (positive[order[rank]]) {
                hits++;
                sum += (double) hits / seen;
            }
        }
        if (hits == 0) {
            throw new IllegalArgumentException("average precision needs at least one positive");
        }
        return sum / hits;
    }

    private static Integer[] byScore(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }
}

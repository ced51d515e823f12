package io.ueba.ml.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well scores rank the positives (attacks) above the negatives. Logins with the same score are one step of every
 * curve, never ordered among themselves: a model that gives an attack and a normal login the same score has not
 * ranked either above the other.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    /** Area under the ROC curve, ties counted half (the Mann-Whitney statistic). */
    public static double rocAuc(double[] scores, boolean[] positive) {
        Integer[] order = ascending(scores, positive);
        long positives = count(positive, true);
        long negatives = positive.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("ROC AUC needs positives and negatives, got " + positives + " and " + negatives);
        }
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = endOfTies(order, scores, i);
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

    /**
     * Average precision: the sum over score thresholds, highest first, of the recall gained at each times the
     * precision there (as scikit-learn computes it), all logins of a tied score taken together.
     */
    public static double averagePrecision(double[] scores, boolean[] positive) {
        long positives = count(positive, true);
        if (positives == 0) {
            throw new IllegalArgumentException("average precision needs at least one positive");
        }
        double sum = 0;
        for (Step step : steps(scores, positive)) {
            sum += (double) step.newPositives / positives * step.truePositives / (step.truePositives + step.falsePositives);
        }
        return sum;
    }

    /**
     * The highest recall at any score threshold whose false positive rate is at most {@code maxFalsePositiveRate}:
     * how many attacks an analyst sees when they can afford to look at that share of the normal logins.
     */
    public static double recallAtFalsePositiveRate(double[] scores, boolean[] positive, double maxFalsePositiveRate) {
        long positives = count(positive, true);
        long negatives = positive.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("recall at a false positive rate needs positives and negatives, got " + positives + " and " + negatives);
        }
        double best = 0;
        for (Step step : steps(scores, positive)) {
            if ((double) step.falsePositives / negatives > maxFalsePositiveRate) {
                break;
            }
            best = (double) step.truePositives / positives;
        }
        return best;
    }

    /**
     * The threshold, among the scores, with the best F1 and what it flags: an upper bound that needs the labels to
     * pick, as the book dataset's own evaluation did, never the product's threshold.
     */
    public static BestF1 bestF1(double[] scores, boolean[] positive) {
        long positives = count(positive, true);
        if (positives == 0) {
            throw new IllegalArgumentException("the best F1 needs at least one positive");
        }
        Integer[] order = ascending(scores, positive);
        BestF1 best = new BestF1(0, 0, 0, Double.POSITIVE_INFINITY);
        int from = order.length;
        for (Step step : steps(scores, positive)) {
            from = startOfTies(order, scores, from - 1);
            double precision = (double) step.truePositives / (step.truePositives + step.falsePositives);
            double recall = (double) step.truePositives / positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.f1()) {
                best = new BestF1(f1, precision, recall, scores[order[from]]);
            }
        }
        return best;
    }

    /** @param threshold logins scoring at or above it are flagged */
    public record BestF1(double f1, double precision, double recall, double threshold) {}

    /** One distinct score, highest first: the positives it adds, and the true and false positives at or above it. */
    private record Step(long newPositives, long truePositives, long falsePositives) {}

    private static Step[] steps(double[] scores, boolean[] positive) {
        Integer[] order = ascending(scores, positive);
        List<Step> steps = new ArrayList<>();
        long truePositives = 0;
        long falsePositives = 0;
        int j = order.length - 1;
        while (j >= 0) {
            int i = startOfTies(order, scores, j);
            long newPositives = 0;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    newPositives++;
                } else {
                    falsePositives++;
                }
            }
            truePositives += newPositives;
            steps.add(new Step(newPositives, truePositives, falsePositives));
            j = i - 1;
        }
        return steps.toArray(Step[]::new);
    }

    private static int endOfTies(Integer[] order, double[] scores, int i) {
        int j = i;
        while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
            j++;
        }
        return j;
    }

    private static int startOfTies(Integer[] order, double[] scores, int j) {
        int i = j;
        while (i - 1 >= 0 && scores[order[i - 1]] == scores[order[j]]) {
            i--;
        }
        return i;
    }

    private static long count(boolean[] labels, boolean value) {
        long n = 0;
        for (boolean label : labels) {
            if (label == value) {
                n++;
            }
        }
        return n;
    }

    private static Integer[] ascending(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        for (double score : scores) {
            if (Double.isNaN(score)) {
                throw new IllegalArgumentException("a score is NaN");
            }
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }
}

package io.ueba.ml.threshold;

import java.util.Arrays;

/**
 * The error above which a login is suspicious, calibrated on the errors of the training logins. Scores are errors
 * divided by it, so a score of 1 is the threshold whatever the model.
 *
 * @param method    how it was calibrated, e.g. {@code quantile(0.995)} or {@code mean+3.0std}
 * @param value     the error at the threshold
 * @param tailScale how far past the threshold the training errors that passed it went, on average, in scores (a
 *                  score of 1 + tailScale is a typical training outlier): how heavy the kind's tail is, so that kinds
 *                  whose scores run to different lengths past their thresholds can be added up ({@code CombinedScore})
 */
public record Threshold(String method, double value, double tailScale) {

    public Threshold {
        if (value <= 0 || Double.isFinite(value) == false) {
            throw new IllegalArgumentException("a threshold must be a positive error, got [" + value + "]");
        }
        if (tailScale <= 0 || Double.isFinite(tailScale) == false) {
            throw new IllegalArgumentException("a tail scale must be positive, got [" + tailScale + "]");
        }
    }

    /** A threshold whose tail is one score wide: what a threshold stored before tails were measured stands for. */
    public Threshold(String method, double value) {
        this(method, value, 1);
    }

    /** The q-quantile of the training errors (nearest rank). */
    public static Threshold quantile(float[] trainingErrors, double q) {
        if (q <= 0 || q >= 1) {
            throw new IllegalArgumentException("[quantile] must be between 0 and 1, got [" + q + "]");
        }
        float[] sorted = trainingErrors.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        double value = positive(sorted[Math.max(0, rank)]);
        return new Threshold("quantile(" + q + ")", value, tailScale(sorted, value));
    }

    /** Mean plus k standard deviations of the training errors. */
    public static Threshold meanPlusStd(float[] trainingErrors, double k) {
        double mean = 0;
        for (float error : trainingErrors) {
            mean += error;
        }
        mean /= trainingErrors.length;
        double variance = 0;
        for (float error : trainingErrors) {
            variance += (error - mean) * (error - mean);
        }
        double std = Math.sqrt(variance / trainingErrors.length);
        double value = positive(mean + k * std);
        return new Threshold("mean+" + k + "std", value, tailScale(trainingErrors, value));
    }

    /** The mean score past 1 of the errors above the threshold; 1 when none is. */
    private static double tailScale(float[] errors, double value) {
        double excess = 0;
        int above = 0;
        for (float error : errors) {
            if (error > value) {
                excess += error / value - 1;
                above++;
            }
        }
        return above == 0 || excess <= 0 ? 1 : excess / above;
    }

    public double score(double error) {
        return error / value;
    }

    /** A perfectly reconstructed training set would give a zero threshold; the smallest float keeps scores finite. */
    private static double positive(double value) {
        return Math.max(value, Float.MIN_NORMAL);
    }
}

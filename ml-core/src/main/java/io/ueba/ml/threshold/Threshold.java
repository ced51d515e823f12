package io.ueba.ml.threshold;

import java.util.Arrays;

/**
 * The error above which a login is suspicious, calibrated on the errors of the training logins. Scores are errors
 * divided by it, so a score of 1 is the threshold whatever the model.
 *
 * @param method how it was calibrated, e.g. {@code quantile(0.995)} or {@code mean+3.0std}
 * @param value  the error at the threshold
 */
public record Threshold(String method, double value) {

    public Threshold {
        if (value <= 0 || Double.isFinite(value) == false) {
            throw new IllegalArgumentException("a threshold must be a positive error, got [" + value + "]");
        }
    }

    /** The q-quantile of the training errors (nearest rank). */
    public static Threshold quantile(float[] trainingErrors, double q) {
        if (q <= 0 || q >= 1) {
            throw new IllegalArgumentException("[quantile] must be between 0 and 1, got [" + q + "]");
        }
        float[] sorted = trainingErrors.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return new Threshold("quantile(" + q + ")", positive(sorted[Math.max(0, rank)]));
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
        return new Threshold("mean+" + k + "std", positive(mean + k * std));
    }

    public double score(double error) {
        return error / value;
    }

    /** A perfectly reconstructed training set would give a zero threshold; the smallest float keeps scores finite. */
    private static double positive(double value) {
        return Math.max(value, Float.MIN_NORMAL);
    }
}

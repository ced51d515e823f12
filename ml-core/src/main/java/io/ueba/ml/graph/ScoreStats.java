package io.ueba.ml.graph;

/**
 * A score over a set of logins: how many of them carry it, and its lowest, highest and summed value. The sum rather
 * than the mean, so that the parts of one edge met in several groups add up exactly.
 */
public record ScoreStats(long count, double min, double max, double sum) {

    /** No login carries the score. */
    public static final ScoreStats NONE = new ScoreStats(0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0);

    public ScoreStats {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }

    /** The stats of no login when {@code count} is 0, whatever the other values say (an empty aggregation's infinities). */
    public static ScoreStats of(long count, double min, double max, double sum) {
        return count == 0 ? NONE : new ScoreStats(count, min, max, sum);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** NaN when no login carries the score. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    public ScoreStats plus(ScoreStats other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new ScoreStats(count + other.count, Math.min(min, other.min), Math.max(max, other.max), sum + other.sum);
    }
}

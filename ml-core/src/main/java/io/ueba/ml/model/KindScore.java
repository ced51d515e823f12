package io.ueba.ml.model;

import java.util.List;

/**
 * One kind's score of a login.
 *
 * @param score     1 is the kind's threshold
 * @param reasons   what made the score, in words an analyst reads; empty below the threshold
 * @param tailScale the kind's {@link io.ueba.ml.threshold.Threshold#tailScale()}, by which the combined score measures
 *                  how far past its threshold the score is
 */
public record KindScore(String kind, double score, List<String> reasons, double tailScale) {

    /** A score whose kind's tail is one score wide. */
    public KindScore(String kind, double score, List<String> reasons) {
        this(kind, score, reasons, 1);
    }

    /** How many of its kind's typical training outliers past the threshold the score is; 0 up to the threshold. */
    public double excess() {
        return Math.max(0, score - 1) / tailScale;
    }

    public boolean suspicious() {
        return score >= 1;
    }
}

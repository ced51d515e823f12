package io.ueba.ml.model;

import java.util.List;

/**
 * One kind's score of a login.
 *
 * @param score     1 is the kind's threshold; 0 when the kind abstained
 * @param reasons   what made the score, in words an analyst reads; empty below the threshold
 * @param abstained whether the kind could not score the login at all (the graph model, for a login that names neither
 *                  end of any edge), which is not the same as finding it usual: the combined score leaves it out
 */
public record KindScore(String kind, double score, List<String> reasons, boolean abstained) {

    /** A score the kind gave. */
    public KindScore(String kind, double score, List<String> reasons) {
        this(kind, score, reasons, false);
    }

    /** The kind could not score this login. */
    public static KindScore abstained(String kind) {
        return new KindScore(kind, 0, List.of(), true);
    }

    public boolean suspicious() {
        return score >= 1;
    }
}

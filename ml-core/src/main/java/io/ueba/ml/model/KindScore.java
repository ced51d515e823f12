package io.ueba.ml.model;

import java.util.List;

/**
 * One kind's score of a login.
 *
 * @param score   1 is the kind's threshold
 * @param reasons what made the score, in words an analyst reads; empty below the threshold
 */
public record KindScore(String kind, double score, List<String> reasons) {

    public boolean suspicious() {
        return score >= 1;
    }
}

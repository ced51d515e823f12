package io.ueba.tools.eval;

import io.ueba.ml.login.LoginEvent;

import java.util.List;
import java.util.Map;

/**
 * A held-out login with what the product made of it.
 *
 * @param event       the login as read, its label included (the label never reached the model)
 * @param score       the combined score, 1 at the threshold; 0 for a login the product did not score
 * @param scored      whether the product scored it (the document has {@code ueba.score})
 * @param explanation the reasons the product gave, empty below the threshold
 * @param kindScores  each kind's own score, by kind; empty for a login the product did not score
 */
public record ScoredLogin(LoginEvent event, double score, boolean scored, List<String> explanation, Map<String, Double> kindScores) {

    public boolean attack() {
        return event.label() != null && event.label().attack();
    }
}

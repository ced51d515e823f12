package io.ueba.ml.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a kind's trainer made, and from what.
 *
 * @param trainingRows    logins trained on, the {@code replayRows} included
 * @param replayRows      logins already learned by the scorer in use, replayed in an incremental run
 * @param warmStartedFrom the version of the scorer whose state the new one started from; null when it started afresh
 * @param metrics         what the kind measured of its own training (held-out link prediction, graph size...), by name;
 *                        kept in the version's metadata
 */
public record KindTraining(LoginScorer scorer, int trainingRows, int replayRows, String warmStartedFrom, long tookMillis,
    Map<String, Double> metrics) {

    public KindTraining {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A training that measured nothing of its own. */
    public KindTraining(LoginScorer scorer, int trainingRows, int replayRows, String warmStartedFrom, long tookMillis) {
        this(scorer, trainingRows, replayRows, warmStartedFrom, tookMillis, Map.of());
    }
}

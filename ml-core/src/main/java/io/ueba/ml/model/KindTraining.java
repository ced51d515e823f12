package io.ueba.ml.model;

/**
 * What a kind's trainer made, and from what.
 *
 * @param trainingRows    logins trained on, the {@code replayRows} included
 * @param replayRows      logins already learned by the scorer in use, replayed in an incremental run
 * @param warmStartedFrom the version of the scorer whose state the new one started from; null when it started afresh
 */
public record KindTraining(LoginScorer scorer, int trainingRows, int replayRows, String warmStartedFrom, long tookMillis) {}

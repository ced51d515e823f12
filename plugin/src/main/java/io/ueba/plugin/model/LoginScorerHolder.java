package io.ueba.plugin.model;

import io.ueba.ml.autoencoder.LoginScorer;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The autoencoder that ingest scores with: the last one training published on this node, swapped atomically so a
 * document is scored by one model or the next, never a mix. Empty until the first publication.
 */
public final class LoginScorerHolder {

    private final AtomicReference<LoginScorer> current = new AtomicReference<>();

    /** The published scorer, or null before any training. */
    public LoginScorer current() {
        return current.get();
    }

    public void publish(LoginScorer scorer) {
        current.set(scorer);
    }
}

package io.ueba.tools.eval;

import io.ueba.ml.login.LoginEvent;

import java.util.List;

/** Trains every model on the training logins, then scores the held-out ones as the product would, once per seed. */
public interface LoginScoring {

    /**
     * @param train logins to learn from, labels stripped before they reach a model
     * @param test  held-out logins, labels stripped before they are scored
     * @param seeds one training and scoring of the held-out logins per seed, each from scratch
     * @return one run per seed, in their order
     */
    List<SeededRun> score(List<LoginEvent> train, List<LoginEvent> test, List<Long> seeds, Phases phases) throws Exception;

    /** The login as a model may see it: no label. */
    static LoginEvent unlabelled(LoginEvent event) {
        return event.withLabel(null);
    }
}

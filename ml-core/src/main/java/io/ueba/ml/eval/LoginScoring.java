package io.ueba.ml.eval;

import io.ueba.ml.login.LoginEvent;

import java.util.List;

/** Trains every model on the training logins, then scores the held-out ones as the product would. */
public interface LoginScoring {

    /**
     * @param train logins to learn from, labels stripped before they reach a model
     * @param test  held-out logins, labels stripped before they are scored
     * @return one scored login per held-out login, in their order, with its label
     */
    List<ScoredLogin> score(List<LoginEvent> train, List<LoginEvent> test, Phases phases) throws Exception;

    /** The login as a model may see it: no label. */
    static LoginEvent unlabelled(LoginEvent event) {
        return event.withLabel(null);
    }
}

package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;

/**
 * Trains one kind in a run: it is offered every successful login of the window once, in the run's one shared pass,
 * then trains. It keeps what it needs (a bounded sample, counts) and nothing else, so memory does not grow with the
 * window. Not thread-safe.
 */
public interface KindTrainer {

    /**
     * @param features the login featurized against the profile this run learned
     * @param learned  whether the login falls in the window the scorer in use learned from, so an incremental trainer
     *                 may replay a sample of such logins rather than learn all of them again
     */
    void offer(LoginEvent login, LoginFeatures features, boolean learned);

    KindTraining train(TrainingContext context);
}

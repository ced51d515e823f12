package io.ueba.ml.model;

import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.profile.EntityProfile;

/**
 * What a training run published: the entity profile logins are featurized against, and the autoencoder that scores
 * those features. They travel together so that a login is never featurized by one run and scored by another.
 *
 * @param profile null before any training
 * @param scorer  null until a run had enough logins to train one
 */
public record TrainedModels(EntityProfile profile, LoginScorer scorer) {

    public static final TrainedModels NONE = new TrainedModels(null, null);

    /** The version: the run that learned the profile; null before any training. */
    public String id() {
        return profile == null ? null : profile.version();
    }
}

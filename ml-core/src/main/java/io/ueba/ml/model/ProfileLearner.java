package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;

import java.util.HashSet;
import java.util.Set;

/** Learns the entity profile from successful logins given one at a time, naming entities as the featurizer does. Not thread-safe. */
public final class ProfileLearner {

    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final EntityProfileBuilder builder = new EntityProfileBuilder();
    private final Set<String> users = new HashSet<>();

    public void add(LoginEvent successfulLogin) {
        LoginFeatures features = featurizer.featurize(successfulLogin, null);
        builder.add(features.user(), features.source(), features.destination(), features.time().hourOfDay(), features.sourceCountry());
        users.add(features.user());
    }

    public int users() {
        return users.size();
    }

    public EntityProfile build(String version) {
        return builder.build(version);
    }
}

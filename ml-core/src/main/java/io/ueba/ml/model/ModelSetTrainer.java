package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.profile.EntityProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains every kind a job lists in one run, over one shared pass: each successful login of the window is featurized
 * once, against the profile the run learned, and offered to every kind's trainer. Not thread-safe.
 */
public final class ModelSetTrainer {

    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final EntityProfile profile;
    private final List<KindTrainer> trainers = new ArrayList<>();

    /**
     * @param inUse the models in use that the run may build on, or {@link TrainedModels#NONE} when it may not: each
     *              kind is given its own scorer in use, if there is one
     */
    public ModelSetTrainer(EntityProfile profile, List<KindSettings> kinds, TrainedModels inUse) {
        this.profile = profile;
        for (KindSettings settings : kinds) {
            trainers.add(settings.trainer(inUse.scorer(settings.kind())));
        }
    }

    /** @param learned whether the models in use learned from this login already (see {@link KindTrainer#offer}) */
    public void offer(LoginEvent successfulLogin, boolean learned) {
        LoginFeatures features = featurizer.featurize(successfulLogin, profile);
        for (KindTrainer trainer : trainers) {
            trainer.offer(successfulLogin, features, learned);
        }
    }

    /** Trains each kind in turn; what they made, in the order the kinds were given. */
    public List<KindTraining> train(TrainingContext context) {
        List<KindTraining> trained = new ArrayList<>(trainers.size());
        for (KindTrainer trainer : trainers) {
            trained.add(trainer.train(context));
        }
        return trained;
    }

    /** The models a run publishes: its profile and what each kind trained. */
    public static TrainedModels published(EntityProfile profile, List<KindTraining> trained) {
        return new TrainedModels(profile, trained.stream().map(KindTraining::scorer).toList());
    }
}

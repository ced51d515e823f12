package io.ueba.ml.model;

import ai.djl.Device;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.profile.EntityProfile;

import java.util.List;

/**
 * A model set trained on logins as a run trains one, for tests: the profile learned from every login, then the kinds
 * trained on them all, from nothing.
 *
 * @param trainings each kind's training, in the order of the kinds
 * @param models    what the run publishes
 */
public record TrainedSet(List<KindTraining> trainings, TrainedModels models) {

    public static TrainedSet train(List<LoginEvent> logins, List<KindSettings> kinds, TrainingContext.EpochListener listener) {
        ProfileLearner learner = new ProfileLearner();
        logins.forEach(learner::add);
        EntityProfile profile = learner.build("run-1");
        ModelSetTrainer trainer = new ModelSetTrainer(profile, kinds, TrainedModels.NONE);
        logins.forEach(login -> trainer.offer(login, false));
        List<KindTraining> trainings = trainer.train(new TrainingContext("run-1", Device.cpu(), listener)).everyKind();
        return new TrainedSet(trainings, ModelSetTrainer.published(profile, trainings));
    }

    public static TrainedSet train(List<LoginEvent> logins, List<KindSettings> kinds) {
        return train(logins, kinds, (kind, epoch, epochs, loss) -> {});
    }

    /** The training of the first kind. */
    public KindTraining first() {
        return trainings.getFirst();
    }
}

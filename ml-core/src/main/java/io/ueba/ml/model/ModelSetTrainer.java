package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.profile.EntityProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains every kind a job lists in one run, over one shared pass: each successful login of the window is featurized
 * once, against the profile the run learned, and offered to every kind's trainer. A kind whose training fails is left
 * out and the others train on; only a run where every kind fails has nothing to publish. Not thread-safe.
 */
public final class ModelSetTrainer {

    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final EntityProfile profile;
    private final List<NamedTrainer> trainers = new ArrayList<>();

    /**
     * @param inUse the models in use that the run may build on, or {@link TrainedModels#NONE} when it may not: each
     *              kind is given its own scorer in use, if there is one
     */
    public ModelSetTrainer(EntityProfile profile, List<KindSettings> kinds, TrainedModels inUse) {
        this.profile = profile;
        for (KindSettings settings : kinds) {
            trainers.add(new NamedTrainer(settings.kind(), settings.trainer(inUse.scorer(settings.kind()))));
        }
    }

    /** The further document fields that the kinds learn from ({@link KindSettings#attributeFields}): what a run reads. */
    public static Set<String> attributeFields(List<KindSettings> kinds) {
        Set<String> fields = new LinkedHashSet<>();
        for (KindSettings settings : kinds) {
            fields.addAll(settings.attributeFields());
        }
        return fields;
    }

    /** @param learned whether the models in use learned from this login already (see {@link KindTrainer#offer}) */
    public void offer(LoginEvent successfulLogin, boolean learned) {
        LoginFeatures features = featurizer.featurize(successfulLogin, profile);
        for (NamedTrainer named : trainers) {
            named.trainer().offer(successfulLogin, features, learned);
        }
    }

    /**
     * Trains each kind in turn. An exception a kind's training throws fails that kind alone; an error, and whatever the
     * context's epoch listener throws to stop the run, end the whole training.
     *
     * @throws KindsFailedException when every kind failed
     */
    public ModelSetTraining train(TrainingContext context) {
        StopWatchingListener listener = new StopWatchingListener(context.onEpoch());
        TrainingContext watched = new TrainingContext(context.version(), context.device(), listener);
        List<KindTraining> trained = new ArrayList<>(trainers.size());
        List<KindFailure> failed = new ArrayList<>();
        for (NamedTrainer named : trainers) {
            try {
                trained.add(named.trainer().train(watched));
            } catch (Exception e) {
                // Whatever the trainer made of the run's stop (passed it on, wrapped it, failed while unwinding), the run stops.
                listener.rethrowStop();
                failed.add(new KindFailure(named.kind(), e));
            }
        }
        if (trained.isEmpty() && failed.isEmpty() == false) {
            throw new KindsFailedException("no model kind trained, so the run has nothing to publish", failed);
        }
        return new ModelSetTraining(trained, failed);
    }

    /** The models a run publishes: its profile and what each kind trained. */
    public static TrainedModels published(EntityProfile profile, List<KindTraining> trained) {
        return new TrainedModels(profile, trained.stream().map(KindTraining::scorer).toList());
    }

    private record NamedTrainer(String kind, KindTrainer trainer) {}

    /** The run's epoch listener, remembering what it threw to stop the run, so that it is never taken for a kind's failure. */
    private static final class StopWatchingListener implements TrainingContext.EpochListener {
        private final TrainingContext.EpochListener listener;
        private RuntimeException stop;

        StopWatchingListener(TrainingContext.EpochListener listener) {
            this.listener = listener;
        }

        @Override
        public void epochDone(String kind, int epoch, int epochs, double loss) {
            try {
                listener.epochDone(kind, epoch, epochs, loss);
            } catch (RuntimeException e) {
                stop = e;
                throw e;
            }
        }

        void rethrowStop() {
            if (stop != null) {
                throw stop;
            }
        }
    }
}

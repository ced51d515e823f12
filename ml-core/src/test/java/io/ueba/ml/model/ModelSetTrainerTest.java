package io.ueba.ml.model;

import ai.djl.Device;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.OfficeHoursLogins;
import io.ueba.ml.profile.EntityProfile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kind whose training throws is left out and the others are published; only when every kind fails does the training
 * fail, with every reason. Errors, and the run's own stop thrown through the epoch listener, still end the training.
 */
class ModelSetTrainerTest {

    private static final List<LoginEvent> LOGINS = OfficeHoursLogins.threeWeeks();
    private static final EntityProfile PROFILE = profile();
    private static final TrainingContext.EpochListener IGNORED = (kind, epoch, epochs, loss) -> {};

    @Test
    void aKindThatFailsIsLeftOutAndTheOthersArePublished() {
        IllegalStateException diverged = new IllegalStateException("the graph model's training diverged at epoch 3");
        ModelSetTraining training = train(IGNORED, failing("graph", diverged), new HourRarityKind.Settings(4.5));

        assertEquals(List.of(HourRarityKind.NAME), training.trained().stream().map(kind -> kind.scorer().kind()).toList());
        assertEquals(LOGINS.size(), training.trained().getFirst().trainingRows());
        assertEquals(List.of(new KindFailure("graph", diverged)), training.failed());
        assertEquals("the graph model's training diverged at epoch 3", training.failed().getFirst().reason());
        TrainedModels published = ModelSetTrainer.published(PROFILE, training.trained());
        assertEquals(List.of(HourRarityKind.NAME), published.scorers().stream().map(LoginScorer::kind).toList());
        KindsFailedException notEvery = assertThrows(KindsFailedException.class, training::everyKind);
        assertTrue(notEvery.getMessage().contains("graph: the graph model's training diverged at epoch 3"), notEvery.getMessage());
    }

    @Test
    void aFailureWithoutAMessageIsExplainedByItsType() {
        assertEquals("NullPointerException", new KindFailure("graph", new NullPointerException()).reason());
    }

    @Test
    void whenEveryKindFailsTheTrainingFailsWithEveryReason() {
        IllegalStateException diverged = new IllegalStateException("diverged at epoch 3");
        IllegalArgumentException empty = new IllegalArgumentException("no edge to learn");
        KindsFailedException none = assertThrows(KindsFailedException.class,
            () -> train(IGNORED, failing("graph", diverged), failing("other", empty)));

        assertTrue(none.getMessage().contains("graph: diverged at epoch 3"), none.getMessage());
        assertTrue(none.getMessage().contains("other: no edge to learn"), none.getMessage());
        assertEquals(List.of(diverged, empty), Arrays.asList(none.getSuppressed()));
    }

    @Test
    void anErrorEndsTheTraining() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        assertSame(outOfMemory, assertThrows(OutOfMemoryError.class,
            () -> train(IGNORED, new HourRarityKind.Settings(4.5), new ScriptedKind("graph", context -> { throw outOfMemory; }))));
    }

    @Test
    void theRunsStopThrownThroughTheEpochListenerEndsTheTrainingEvenWhenTheTrainerWrapsIt() {
        RuntimeException stop = new RuntimeException("the job was stopped");
        TrainingContext.EpochListener stopping = (kind, epoch, epochs, loss) -> { throw stop; };
        KindSettings passesItOn = new ScriptedKind("graph", context -> {
            context.onEpoch().epochDone("graph", 1, 10, 0.5);
            return null;
        });
        KindSettings wrapsIt = new ScriptedKind("graph", context -> {
            try {
                context.onEpoch().epochDone("graph", 1, 10, 0.5);
                return null;
            } catch (RuntimeException e) {
                throw new IllegalStateException("training failed", e);
            }
        });

        assertSame(stop, assertThrows(RuntimeException.class, () -> train(stopping, passesItOn, new HourRarityKind.Settings(4.5))));
        assertSame(stop, assertThrows(RuntimeException.class, () -> train(stopping, wrapsIt, new HourRarityKind.Settings(4.5))));
    }

    private static ModelSetTraining train(TrainingContext.EpochListener listener, KindSettings... kinds) {
        ModelSetTrainer trainer = new ModelSetTrainer(PROFILE, List.of(kinds), TrainedModels.NONE);
        LOGINS.forEach(login -> trainer.offer(login, false));
        return trainer.train(new TrainingContext("run-1", Device.cpu(), listener));
    }

    private static EntityProfile profile() {
        ProfileLearner learner = new ProfileLearner();
        LOGINS.forEach(learner::add);
        return learner.build("run-1");
    }

    private static KindSettings failing(String kind, RuntimeException failure) {
        return new ScriptedKind(kind, context -> { throw failure; });
    }

    /** A kind that learns nothing from the pass and trains as the test says. */
    private record ScriptedKind(String kind, Function<TrainingContext, KindTraining> training) implements KindSettings {

        @Override
        public Map<String, Object> asMap() {
            return Map.of("type", kind);
        }

        @Override
        public KindTrainer trainer(LoginScorer inUse) {
            return new KindTrainer() {
                @Override
                public void offer(LoginEvent login, LoginFeatures features, boolean learned) {}

                @Override
                public KindTraining train(TrainingContext context) {
                    return training.apply(context);
                }
            };
        }
    }
}

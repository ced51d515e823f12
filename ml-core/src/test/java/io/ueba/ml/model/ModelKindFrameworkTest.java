package io.ueba.ml.model;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.autoencoder.AutoencoderSettings;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.OfficeHoursLogins;
import io.ueba.ml.profile.EntityProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ueba.ml.login.OfficeHoursLogins.MONDAY;
import static io.ueba.ml.login.OfficeHoursLogins.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second kind, {@link HourRarityKind}, written as its own classes alone, goes through the whole framework beside the
 * autoencoder: its settings are read and refused like any kind's, it trains in the same shared pass, its scorer is
 * stored in its own section, and its score takes part in the combined score and the explanation.
 */
class ModelKindFrameworkTest {

    private static final ModelKinds KINDS = new ModelKinds(List.of(new AutoencoderKind(), new HourRarityKind()));
    private static TrainedModels trained;
    private static List<KindTraining> trainings;

    @BeforeAll
    static void trainBothKindsInOnePass() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), ModelKindFrameworkTest.class.getClassLoader()).load();
        List<LoginEvent> logins = OfficeHoursLogins.threeWeeks();
        ProfileLearner learner = new ProfileLearner();
        logins.forEach(learner::add);
        EntityProfile profile = learner.build("run-1");
        List<KindSettings> settings = List.of(
            KINDS.settings("models[0]", Map.of("type", "autoencoder", "epochs", 2)),
            KINDS.settings("models[1]", Map.of("type", "hour_rarity", "threshold", 4.5)));
        ModelSetTrainer trainer = new ModelSetTrainer(profile, settings, TrainedModels.NONE);
        logins.forEach(login -> trainer.offer(login, false));
        List<String> epochsOf = new ArrayList<>();
        trainings = trainer.train(new TrainingContext("run-1", Device.cpu(), (kind, epoch, epochs, loss) -> epochsOf.add(kind))).everyKind();
        trained = ModelSetTrainer.published(profile, trainings);
        assertTrue(epochsOf.contains(AutoencoderKind.NAME));
        assertFalse(epochsOf.contains(HourRarityKind.NAME), "the test kind has no epochs");
    }

    @Test
    void eachKindReadsItsOwnSettingsAndRefusalsNameThePath() {
        KindSettings rarity = KINDS.settings("models[1]", Map.of("type", "hour_rarity", "threshold", 2.5));
        assertEquals(new HourRarityKind.Settings(2.5), rarity);
        assertEquals(AutoencoderSettings.DEFAULTS, KINDS.settings("models[0]", Map.of()));
        assertEquals(rarity, KINDS.settings("models[1]", rarity.asMap()));
        assertRefused("[models[1].threshold]", () -> KINDS.settings("models[1]", Map.of("type", "hour_rarity", "threshold", -1)));
        assertRefused("[models[1].hidden]", () -> KINDS.settings("models[1]", Map.of("type", "hour_rarity", "hidden", 8)));
        assertRefused("[models[0].type]", () -> KINDS.settings("models[0]", Map.of("type", "forest")));
        assertRefused("[models[0].hidden]", () -> KINDS.settings("models[0]", Map.of("hidden", "many")));
        assertRefused("[models[2].bottleneck]", () -> KINDS.settings("models[2]", Map.of("hidden", 4, "bottleneck", 8)));
    }

    @Test
    void bothKindsTrainedOnEveryLoginOfTheOnePass() {
        assertEquals(List.of(AutoencoderKind.NAME, HourRarityKind.NAME), trainings.stream().map(t -> t.scorer().kind()).toList());
        assertEquals(OfficeHoursLogins.threeWeeks().size(), trainings.get(0).trainingRows());
        assertEquals(OfficeHoursLogins.threeWeeks().size(), trainings.get(1).trainingRows());
        trainings.forEach(training -> assertEquals("run-1", training.scorer().version()));
    }

    @Test
    void theCombinedScoreIsTheKindsGeometricMeanAndTheExplanationSaysWhichKind() {
        CombinedScore night = trained.score(features(login("alice", "ws-alice", "srv-file", null, MONDAY.plus(3, ChronoUnit.HOURS))));
        KindScore rarity = night.parts().get(1);
        assertEquals(HourRarityKind.NAME, rarity.kind());
        assertTrue(rarity.suspicious(), night.toString());
        KindScore autoencoder = night.parts().get(0);
        assertEquals(Math.sqrt(autoencoder.score() * rarity.score()), night.score(), 1e-12);
        assertEquals(autoencoder.score() > rarity.score() ? AutoencoderKind.NAME : HourRarityKind.NAME, night.drivenBy());
        assertTrue(night.explanation().contains("hour_rarity: logins are rare at 3 o'clock"), night.explanation().toString());

        CombinedScore usual = trained.score(features(login("alice", "ws-alice", "srv-file", null, MONDAY.plus(10, ChronoUnit.HOURS))));
        assertFalse(usual.parts().get(1).suspicious(), usual.toString());
        assertFalse(usual.parts().get(0).suspicious(), usual.toString());
        assertEquals(Math.sqrt(usual.parts().get(0).score() * usual.parts().get(1).score()), usual.score(), 1e-12);
    }

    @Test
    void aNodeThatDoesNotKnowAKindSkipsItsSectionAndScoresWithTheOthers() throws IOException {
        byte[] stored = new TrainedModelsCodec(KINDS).encode(trained);

        TrainedModelsCodec.Decoded everything = new TrainedModelsCodec(KINDS).decode(stored);
        assertEquals(Map.of(), everything.unusable());
        assertEquals(2, everything.models().scorers().size());
        LoginFeatures night = features(login("alice", "ws-alice", "srv-file", null, MONDAY.plus(3, ChronoUnit.HOURS)));
        assertEquals(trained.score(night), everything.models().score(night));

        TrainedModelsCodec.Decoded autoencoderOnly = new TrainedModelsCodec(ModelKinds.BUILT_IN).decode(stored);
        assertEquals(List.of(HourRarityKind.NAME), List.copyOf(autoencoderOnly.unusable().keySet()));
        assertTrue(autoencoderOnly.unusable().get(HourRarityKind.NAME).contains("knows no model kind"));
        assertNotNull(autoencoderOnly.models().scorer(AutoencoderKind.NAME));
        assertNull(autoencoderOnly.models().scorer(HourRarityKind.NAME));
        assertEquals("run-1", autoencoderOnly.models().id());
        assertEquals(trained.score(night).parts().get(0), autoencoderOnly.models().score(night).parts().get(0));
    }

    @Test
    void withoutScorersTheCombinedScoreIsZeroAndNotSuspicious() {
        CombinedScore none = CombinedScore.of(List.of());
        assertEquals(0, none.score());
        assertFalse(none.suspicious());
        assertNull(none.drivenBy());
    }

    private static LoginFeatures features(LoginEvent login) {
        return new LoginFeaturizer().featurize(login, trained.profile());
    }

    private static void assertRefused(String path, org.junit.jupiter.api.function.Executable parse) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, parse);
        assertTrue(refused.getMessage().contains(path), refused.getMessage());
    }
}

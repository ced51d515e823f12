package io.ueba.ml.rarity;

import ai.djl.Device;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.login.OfficeHoursLogins;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.ProfileLearner;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.profile.EntityProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.ueba.ml.login.OfficeHoursLogins.MONDAY;
import static io.ueba.ml.login.OfficeHoursLogins.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rarity kind trained on three weeks of office-hours logins, as a run trains it, then asked about new ones. */
class RarityKindTest {

    private static TrainedModels trained;
    private static KindTraining training;

    @BeforeAll
    static void trainOnOfficeHours() {
        List<LoginEvent> logins = OfficeHoursLogins.threeWeeks();
        ProfileLearner learner = new ProfileLearner();
        logins.forEach(learner::add);
        EntityProfile profile = learner.build("run-1");
        ModelSetTrainer trainer = new ModelSetTrainer(profile, List.of(ModelKinds.BUILT_IN.settings("models[0]", Map.of("type", "rarity"))),
            TrainedModels.NONE);
        logins.forEach(login -> trainer.offer(login, false));
        // The rarity kind counts: it needs no engine and has no epochs.
        List<KindTraining> trainings = trainer.train(new TrainingContext("run-1", Device.cpu(), (kind, epoch, epochs, loss) -> {
            throw new AssertionError("the rarity kind has no epochs");
        })).everyKind();
        training = trainings.getFirst();
        trained = ModelSetTrainer.published(profile, trainings);
    }

    @Test
    void readsItsSettingsAndRefusalsNameThePath() {
        assertEquals(RaritySettings.DEFAULTS, ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rarity")));
        assertEquals(new RaritySettings(0.5, 0.995, 2000, 1000, 7, List.of(), List.of()), ModelKinds.BUILT_IN.settings("models[1]",
            Map.of("type", "rarity", "smoothing", 0.5, "threshold_quantile", 0.995, "calibration_rows", 2000, "max_pairs", 1000, "seed", 7)));
        RaritySettings read = (RaritySettings) ModelKinds.BUILT_IN.settings("models[1]", RaritySettings.DEFAULTS.asMap());
        assertEquals(RaritySettings.DEFAULTS, read);
        for (Map.Entry<String, Object> wrong : Map.<String, Object>of("smoothing", 0, "threshold_quantile", 1.0, "calibration_rows", 10,
            "max_pairs", "many", "hidden", 32).entrySet()) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rarity", wrong.getKey(), wrong.getValue())));
            assertTrue(refused.getMessage().contains("[models[1]." + wrong.getKey() + "]"), refused.getMessage());
        }
    }

    @Test
    void countsEveryLoginOfThePass() {
        assertEquals(OfficeHoursLogins.threeWeeks().size(), training.trainingRows());
        assertEquals(0, training.replayRows());
        assertEquals("run-1", training.scorer().version());
        assertTrue(training.scorer().threshold().method().startsWith("quantile(0.99"), training.scorer().threshold().toString());
    }

    @Test
    void aUsualLoginIsBelowTheThresholdAndANewSourceCountryAndHourAreAbove() {
        KindScore usual = score(login("alice", "ws-alice", "srv-file", "FR", MONDAY.plus(10, ChronoUnit.HOURS)));
        assertTrue(usual.score() < 1, usual.toString());
        assertEquals(List.of(), usual.reasons());

        KindScore odd = score(login("alice", "ws-evil", "srv-file", "RU", MONDAY.plus(3, ChronoUnit.HOURS)));
        assertTrue(odd.score() > 1, odd.toString());
        assertEquals(RarityScorer.MAX_REASONS, odd.reasons().size());
        assertTrue(odd.reasons().contains("first time this user signed in from this country"), odd.reasons().toString());
        assertTrue(odd.reasons().contains("first login from this source for this user"), odd.reasons().toString());
        assertTrue(odd.score() > score(login("alice", "ws-alice", "srv-file", "RU", MONDAY.plus(10, ChronoUnit.HOURS))).score(),
            "each rare pair adds to the score");
    }

    @Test
    void aPairTheLogDoesNotSayIsNeitherLearnedNorScored() {
        KindScore withoutCountry = score(login("alice", "ws-alice", "srv-file", null, MONDAY.plus(10, ChronoUnit.HOURS)));
        KindScore withCountry = score(login("alice", "ws-alice", "srv-file", "FR", MONDAY.plus(10, ChronoUnit.HOURS)));
        assertTrue(withoutCountry.score() < withCountry.score(), withoutCountry + " " + withCountry);
    }

    @Test
    void scoresAlikeAfterTheModelStoreRoundTrip() throws IOException {
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        TrainedModelsCodec.Decoded decoded = codec.decode(codec.encode(trained));
        assertEquals(Map.of(), decoded.unusable());
        LoginScorer copy = decoded.models().scorer(RarityKind.NAME);
        assertEquals(training.scorer().threshold(), copy.threshold());
        for (LoginEvent login : List.of(login("alice", "ws-evil", "srv-db", "RU", MONDAY.plus(3, ChronoUnit.HOURS)),
            login("bob", "ws-bob", "srv-file", "FR", MONDAY.plus(11, ChronoUnit.HOURS)))) {
            LoginFeatures features = features(login);
            assertEquals(training.scorer().score(features), copy.score(features));
        }
    }

    @Test
    void aRememberedScoreIsTheOneWorkedOutAfreshForLoginsThatDifferInOneAttribute() {
        Instant ten = MONDAY.plus(10, ChronoUnit.HOURS);
        List<LoginEvent> logins = List.of(login("alice", "ws-alice", "srv-file", "FR", ten), login("bob", "ws-alice", "srv-file", "FR", ten),
            login("alice", "ws-bob", "srv-file", "FR", ten), login("alice", "ws-alice", "srv-mail", "FR", ten),
            login("alice", "ws-alice", "srv-file", "RU", ten), login("alice", "ws-alice", "srv-file", "FR", MONDAY.plus(3, ChronoUnit.HOURS)),
            new LoginEvent(ten, "alice", null, null, "ws-alice", "FR", "srv-file", null, LoginOutcome.SUCCESS, "NTLM",
                "Network", null, null));
        RarityScorer scorer = (RarityScorer) training.scorer();
        for (int pass = 0; pass < 2; pass++) {
            for (LoginEvent login : logins) {
                LoginFeatures features = features(login);
                double afresh = scorer.threshold().score(RarityScorer.surprisal(scorer.tables(), scorer.smoothing(), features));
                assertEquals(afresh, scorer.score(features).score(), 1e-12, login.toString());
            }
        }
        assertTrue(score(logins.get(4)).score() > score(logins.getFirst()).score(), "the logins do not all score alike");
    }

    private static KindScore score(LoginEvent login) {
        return training.scorer().score(features(login));
    }

    private static LoginFeatures features(LoginEvent login) {
        return new LoginFeaturizer().featurize(login, trained.profile());
    }
}

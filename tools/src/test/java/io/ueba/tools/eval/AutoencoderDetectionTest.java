package io.ueba.tools.eval;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.AutoencoderTrainer;
import io.ueba.ml.autoencoder.TrainedAutoencoder;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.metrics.RankingMetrics;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.ml.threshold.Threshold;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The autoencoder on the demo enterprise (fixed seed): a profile from the first 30% of the period, training on the
 * successful logins of the next 30%, scoring everything after, where the attacks are.
 */
class AutoencoderDetectionTest {

    private static final LoginFeaturizer FEATURIZER = new LoginFeaturizer();
    private static final LoginVectorizer VECTORIZER = new LoginVectorizer();

    private static List<LoginEvent> scored;
    private static float[] errors;
    private static float[] trainingErrors;
    private static AutoencoderTrainer.Report report;

    @BeforeAll
    static void trainAndScore() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), AutoencoderDetectionTest.class.getClassLoader()).load();
        DemoLoginConfig config = DemoLoginConfig.defaults().withUsers(120).withPeriod(DemoLoginConfig.DEFAULT_START, 21).withAttacks(4, 1, 1);
        List<LoginEvent> events = new DemoLoginGenerator(config).stream().toList();
        Instant profileEnd = config.start().plus(Duration.between(config.start(), config.end()).multipliedBy(3).dividedBy(10));
        Instant trainingEnd = config.attacksFrom();

        EntityProfileBuilder builder = new EntityProfileBuilder();
        List<float[]> training = new ArrayList<>();
        scored = new ArrayList<>();
        for (LoginEvent event : events) {
            if (event.timestamp().isBefore(profileEnd)) {
                LoginFeatures features = FEATURIZER.featurize(event, null);
                builder.add(features.user(), features.source(), features.destination(), features.time().hourOfDay(), features.sourceCountry());
            } else if (event.timestamp().isAfter(trainingEnd)) {
                scored.add(event);
            }
        }
        EntityProfile profile = builder.build("test");
        for (LoginEvent event : events) {
            boolean inTraining = event.timestamp().isBefore(profileEnd) == false && event.timestamp().isAfter(trainingEnd) == false;
            if (inTraining && event.outcome() == LoginOutcome.SUCCESS) {
                training.add(VECTORIZER.vectorize(FEATURIZER.featurize(event, profile)));
            }
        }
        AutoencoderTrainer trainer = new AutoencoderTrainer();
        float[][] trainingRows = training.toArray(float[][]::new);
        try (TrainedAutoencoder model = trainer.train(trainingRows, AutoencoderConfig.defaults(), Device.cpu())) {
            report = trainer.lastReport();
            trainingErrors = model.rowErrors(trainingRows);
            errors = model.rowErrors(scored.stream().map(e -> VECTORIZER.vectorize(FEATURIZER.featurize(e, profile))).toArray(float[][]::new));
        }
    }

    @Test
    void trainingConverges() {
        List<Float> losses = report.epochLosses();
        assertTrue(losses.getLast() < losses.getFirst() / 2, "losses " + losses);
    }

    @Test
    void accountTakeoversRankAboveNormalLogins() {
        double auc = auc("account_takeover");
        // The takeovers come from a new country at night to servers the user never used: several behaviour features
        // fire at once. A model that learned normal behaviour must put them near the top; 0.9 leaves room for seeds.
        assertTrue(auc > 0.9, "account takeover ROC AUC " + auc);
    }

    @Test
    void lateralMovementRanksAboveNormalLogins() {
        double auc = auc("lateral_movement");
        assertTrue(auc > 0.9, "lateral movement ROC AUC " + auc);
    }

    @Test
    void mostTakeoverLoginsCrossTheCalibratedThreshold() {
        Threshold threshold = Threshold.quantile(trainingErrors, 0.99);
        long flagged = 0;
        long takeovers = 0;
        for (int i = 0; i < scored.size(); i++) {
            if (scenario(scored.get(i)).equals("account_takeover")) {
                takeovers++;
                flagged += threshold.score(errors[i]) >= 1 ? 1 : 0;
            }
        }
        assertTrue(flagged * 2 > takeovers, flagged + " of " + takeovers + " takeover logins flagged");
    }

    private static double auc(String scenario) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            String actual = scenario(scored.get(i));
            if (actual.equals(scenario) || actual.equals("benign")) {
                scores.add((double) errors[i]);
                labels.add(actual.equals(scenario));
            }
        }
        boolean[] positive = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.get(i);
        }
        return RankingMetrics.rocAuc(scores.stream().mapToDouble(Double::doubleValue).toArray(), positive);
    }

    private static String scenario(LoginEvent event) {
        return event.label() == null ? "benign" : event.label().scenario();
    }
}

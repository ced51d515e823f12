package io.ueba.ml.eval;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.ProfileLearner;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.ScorerTraining;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.threshold.ThresholdRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains and scores in this process, with the product's default settings and the same steps as a training run on
 * the node (profile from the successful logins, autoencoder on a sample of them, threshold at a quantile), but no
 * node, no ingest pipeline and no model store: for quick experiments. The node mode is the measurement.
 */
public final class OfflineScoring implements LoginScoring {

    private static final String VERSION = "offline";

    private final Device device;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final LoginVectorizer vectorizer = new LoginVectorizer();

    public OfflineScoring(Device device) {
        this.device = device;
    }

    @Override
    public List<ScoredLogin> score(List<LoginEvent> train, List<LoginEvent> test, Phases phases) throws Exception {
        List<LoginEvent> successful = train.stream().map(LoginScoring::unlabelled).filter(event -> event.outcome() == LoginOutcome.SUCCESS).toList();
        EntityProfile profile = phases.time("train", () -> {
            ProfileLearner learner = new ProfileLearner();
            successful.forEach(learner::add);
            return learner.build(VERSION);
        });
        LoginScorer scorer = phases.time("train", () -> {
            Reservoir sample = new Reservoir(ScorerTraining.DEFAULT_MAX_ROWS, 42);
            successful.forEach(event -> sample.offer(LoginKey.of(event), vectorizer.vectorize(featurizer.featurize(event, profile))));
            return ScorerTraining.train(VERSION, sample.rows(), AutoencoderConfig.defaults(), new ThresholdRule.Quantile(ScorerTraining.DEFAULT_THRESHOLD_QUANTILE), null, device,
                (epoch, epochs, loss) -> {});
        });
        return phases.time("score test", () -> {
            List<ScoredLogin> scored = new ArrayList<>(test.size());
            for (LoginEvent event : test) {
                LoginScorer.Score score = scorer.score(featurizer.featurize(LoginScoring.unlabelled(event), profile));
                scored.add(new ScoredLogin(event, score.score(), true, score.reasons()));
            }
            return scored;
        });
    }
}

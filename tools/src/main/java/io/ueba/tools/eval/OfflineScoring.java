package io.ueba.tools.eval;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.ProfileLearner;
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
 * <p>
 * A run is a function of the logins and the seed: the profile has no randomness, and the seed draws both the sample
 * and the autoencoder's initial weights and batch order.
 */
public final class OfflineScoring implements LoginScoring {

    private static final String VERSION = "offline";

    private final Device device;
    private final int maxRows;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final LoginVectorizer vectorizer = new LoginVectorizer();

    public OfflineScoring(Device device) {
        this(device, ScorerTraining.DEFAULT_MAX_ROWS);
    }

    /** @param maxRows the most training logins the autoencoder learns from, a sample when there are more */
    OfflineScoring(Device device, int maxRows) {
        this.device = device;
        this.maxRows = maxRows;
    }

    @Override
    public List<SeededRun> score(List<LoginEvent> train, List<LoginEvent> test, List<Long> seeds, Phases phases) throws Exception {
        List<LoginEvent> successful = train.stream().map(LoginScoring::unlabelled).filter(event -> event.outcome() == LoginOutcome.SUCCESS).toList();
        EntityProfile profile = phases.time("train", () -> {
            ProfileLearner learner = new ProfileLearner();
            successful.forEach(learner::add);
            return learner.build(VERSION);
        });
        List<SeededRun> runs = new ArrayList<>(seeds.size());
        for (long seed : seeds) {
            LoginScorer scorer = phases.time("train", () -> {
                Reservoir sample = new Reservoir(maxRows, seed);
                successful.forEach(event -> sample.offer(LoginKey.of(event), vectorizer.vectorize(featurizer.featurize(event, profile))));
                return ScorerTraining.train(VERSION, sample.rows(), AutoencoderConfig.defaults().withSeed(seed),
                    new ThresholdRule.Quantile(ScorerTraining.DEFAULT_THRESHOLD_QUANTILE), null, device, (epoch, epochs, loss) -> {});
            });
            runs.add(new SeededRun(seed, phases.time("score test", () -> scoreHeldOut(test, profile, scorer))));
        }
        return runs;
    }

    private List<ScoredLogin> scoreHeldOut(List<LoginEvent> test, EntityProfile profile, LoginScorer scorer) {
        List<ScoredLogin> scored = new ArrayList<>(test.size());
        for (LoginEvent event : test) {
            LoginScorer.Score score = scorer.score(featurizer.featurize(LoginScoring.unlabelled(event), profile));
            scored.add(new ScoredLogin(event, score.score(), true, score.reasons()));
        }
        return scored;
    }
}

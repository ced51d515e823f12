package io.ueba.tools.eval;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.autoencoder.AutoencoderSettings;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.CombinedScore;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.ProfileLearner;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.profile.EntityProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains and scores in this process, with the product's default settings and the same steps as a training run on
 * the node (profile from the successful logins, then every kind over one shared pass, scores combined by the
 * product's rule), but no node, no ingest pipeline and no model store: for quick experiments. The node mode is the
 * measurement.
 * <p>
 * A run is a function of the logins and the seed: the profile has no randomness, and the seed draws both the sample
 * and the autoencoder's initial weights and batch order.
 */
public final class OfflineScoring implements LoginScoring {

    private static final String VERSION = "offline";

    private final Device device;
    private final EvalModels models;
    private final Map<String, Map<String, Object>> overrides;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();

    public OfflineScoring(Device device, EvalModels models) {
        this(device, models, AutoencoderSettings.DEFAULTS.maxRows());
    }

    /** @param maxRows the most training logins the autoencoder learns from, a sample when there are more */
    OfflineScoring(Device device, EvalModels models, int maxRows) {
        this.device = device;
        this.models = models;
        this.overrides = Map.of(AutoencoderKind.NAME, Map.of("max_rows", maxRows));
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
            TrainedModels trained = phases.time("train", () -> {
                ModelSetTrainer trainer = new ModelSetTrainer(profile, models.settings(seed, overrides), TrainedModels.NONE);
                successful.forEach(event -> trainer.offer(event, false));
                return ModelSetTrainer.published(profile, trainer.train(new TrainingContext(VERSION, device, (kind, epoch, epochs, loss) -> {})).everyKind());
            });
            runs.add(new SeededRun(seed, phases.time("score test", () -> scoreHeldOut(test, trained))));
        }
        return runs;
    }

    private List<ScoredLogin> scoreHeldOut(List<LoginEvent> test, TrainedModels trained) {
        List<ScoredLogin> scored = new ArrayList<>(test.size());
        for (LoginEvent event : test) {
            CombinedScore score = trained.score(featurizer.featurize(LoginScoring.unlabelled(event), trained.profile()));
            Map<String, Double> kindScores = new TreeMap<>();
            score.parts().forEach(part -> kindScores.put(part.kind(), part.score()));
            scored.add(new ScoredLogin(event, score.score(), true, score.explanation(), kindScores));
        }
        return scored;
    }
}

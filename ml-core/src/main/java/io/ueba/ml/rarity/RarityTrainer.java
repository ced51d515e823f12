package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.threshold.Threshold;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every pair of every login of the window, keeps a uniform sample of the logins, and once counting is done
 * sets the threshold at a quantile of the sample's summed surprisal, as the autoencoder sets its own on its errors.
 */
final class RarityTrainer implements KindTrainer {

    private final RaritySettings settings;
    private final Map<RarityPair, PairCounts.Counting> counting = new EnumMap<>(RarityPair.class);
    private final Reservoir<LoginFeatures> calibration;
    private int logins;

    RarityTrainer(RaritySettings settings) {
        this.settings = settings;
        for (RarityPair pair : RarityPair.values()) {
            counting.put(pair, new PairCounts.Counting(settings.maxPairs()));
        }
        this.calibration = new Reservoir<>(settings.calibrationRows(), settings.seed());
    }

    @Override
    public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
        for (RarityPair pair : RarityPair.values()) {
            String context = pair.context(features);
            String value = pair.value(features);
            if (context != null && value != null) {
                counting.get(pair).add(context, value);
            }
        }
        calibration.offer(LoginKey.of(login), features);
        logins++;
    }

    @Override
    public KindTraining train(TrainingContext context) {
        long started = System.nanoTime();
        Map<RarityPair, PairCounts> tables = new EnumMap<>(RarityPair.class);
        counting.forEach((pair, counts) -> tables.put(pair, counts.counts()));
        List<LoginFeatures> sample = calibration.rows();
        float[] surprisals = new float[sample.size()];
        for (int i = 0; i < surprisals.length; i++) {
            surprisals[i] = (float) RarityScorer.surprisal(tables, settings.smoothing(), sample.get(i));
        }
        Threshold threshold = Threshold.quantile(surprisals, settings.thresholdQuantile());
        RarityScorer scorer = new RarityScorer(context.version(), tables, settings.smoothing(), threshold);
        return new KindTraining(scorer, logins, 0, null, (System.nanoTime() - started) / 1_000_000);
    }
}

package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.threshold.Threshold;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts every pair of every login of the window, keeps a uniform sample of the logins, and once counting is done
 * sets the threshold at a quantile of the sample's summed surprisal, as the autoencoder sets its own on its errors.
 */
final class RarityTrainer implements KindTrainer {

    private final RaritySettings settings;
    private final List<LoginPair> pairs;
    private final List<PairCounts.Counting> counting = new ArrayList<>();
    private final Reservoir<LoginFeatures> calibration;
    private int logins;

    RarityTrainer(RaritySettings settings) {
        this.settings = settings;
        this.pairs = settings.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            counting.add(new PairCounts.Counting(settings.maxPairs()));
        }
        this.calibration = new Reservoir<>(settings.calibrationRows(), settings.seed());
    }

    @Override
    public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
        for (int i = 0; i < pairs.size(); i++) {
            String context = pairs.get(i).context(features);
            String value = pairs.get(i).value(features);
            if (context != null && value != null) {
                counting.get(i).add(context, value);
            }
        }
        calibration.offer(LoginKey.of(login), features);
        logins++;
    }

    @Override
    public KindTraining train(TrainingContext context) {
        long started = System.nanoTime();
        List<PairTable> tables = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            tables.add(new PairTable(pairs.get(i), counting.get(i).counts()));
        }
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

package io.ueba.ml.autoencoder;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.TrainingContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the autoencoder in a run: keeps a bounded uniform sample of the logins offered, trains on it and calibrates
 * the threshold on the sample's errors. When it may build on the autoencoder in use (the job asks for incremental runs
 * and the weights have the shape the settings give), it starts from those weights and trains on the logins that model
 * has not learned yet, plus a bounded replay sample of those it has, so that it does not forget them.
 */
final class AutoencoderRunTrainer implements KindTrainer {

    private static final LoginVectorizer VECTORIZER = new LoginVectorizer();

    private final AutoencoderSettings settings;
    /** The model to start from; null when training from scratch. */
    private final AutoencoderScorer warmStart;
    private final Reservoir<float[]> recent;
    private final Reservoir<float[]> replay;

    AutoencoderRunTrainer(AutoencoderSettings settings, AutoencoderScorer inUse) {
        this.settings = settings;
        boolean builds = inUse != null && settings.incremental() && inUse.model().fits(VECTORIZER.dimension(), settings.config(true));
        this.warmStart = builds ? inUse : null;
        this.recent = new Reservoir<>(settings.maxRows(), settings.seed());
        this.replay = new Reservoir<>(builds ? settings.replayRows() : 0, settings.seed() + 1);
    }

    @Override
    public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
        Reservoir<float[]> sample = warmStart != null && learned ? replay : recent;
        sample.offer(LoginKey.of(login), VECTORIZER.vectorize(features));
    }

    @Override
    public KindTraining train(TrainingContext context) {
        long started = System.nanoTime();
        List<float[]> rows = new ArrayList<>(recent.rows());
        rows.addAll(replay.rows());
        float[][] matrix = rows.toArray(float[][]::new);
        AutoencoderTrainer trainer = new AutoencoderTrainer()
            .onEpoch((epoch, epochs, loss) -> context.onEpoch().epochDone(AutoencoderKind.NAME, epoch, epochs, loss));
        AutoencoderConfig config = settings.config(warmStart != null);
        try (TrainedAutoencoder model = trainer.train(matrix, config, context.device(), warmStart == null ? null : warmStart.model())) {
            AutoencoderScorer scorer = new AutoencoderScorer(context.version(), DenseAutoencoder.of(model),
                settings.thresholdRule().calibrate(model.rowErrors(matrix)));
            return new KindTraining(scorer, matrix.length, replay.size(), warmStart == null ? null : warmStart.version(),
                (System.nanoTime() - started) / 1_000_000);
        }
    }
}

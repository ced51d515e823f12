package io.ueba.ml.model;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.AutoencoderTrainer;
import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.autoencoder.TrainedAutoencoder;
import io.ueba.ml.threshold.ThresholdRule;

import java.util.List;

/** Trains the autoencoder on login vectors and calibrates its threshold: the scorer a run publishes. */
public final class ScorerTraining {

    /** The share of training logins that score below the threshold, unless a job says otherwise. */
    public static final double DEFAULT_THRESHOLD_QUANTILE = 0.99;
    /** At most this many logins (a uniform sample) are trained on, unless a job says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 200_000;

    private ScorerTraining() {}

    /**
     * @param threshold         how the threshold is calibrated on the training rows' errors
     * @param warmStart         the weights to start from, or null for random ones
     * @param onEpoch           hears every epoch's loss
     */
    public static LoginScorer train(
        String version,
        List<float[]> rows,
        AutoencoderConfig config,
        ThresholdRule threshold,
        DenseAutoencoder warmStart,
        Device device,
        AutoencoderTrainer.EpochListener onEpoch
    ) {
        float[][] matrix = rows.toArray(float[][]::new);
        try (TrainedAutoencoder model = new AutoencoderTrainer().onEpoch(onEpoch).train(matrix, config, device, warmStart)) {
            return new LoginScorer(version, DenseAutoencoder.of(model), threshold.calibrate(model.rowErrors(matrix)));
        }
    }
}

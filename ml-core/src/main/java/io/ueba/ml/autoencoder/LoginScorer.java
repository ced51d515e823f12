package io.ueba.ml.autoencoder;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.threshold.Threshold;

import java.util.List;

/**
 * A published autoencoder, ready for the ingest path: scores one login from its features, flags it when the score
 * reaches the calibrated threshold, and says why. Immutable: a new training run publishes a new one.
 *
 * @param version   identifies the training run
 * @param model     the weights, in plain Java
 * @param threshold calibrated on the training logins' errors
 */
public record LoginScorer(String version, DenseAutoencoder model, Threshold threshold) {

    static final int MAX_REASONS = 3;
    private static final LoginVectorizer VECTORIZER = new LoginVectorizer();
    private static final ReconstructionExplainer EXPLAINER = new ReconstructionExplainer(VECTORIZER.groups(), MAX_REASONS);

    /**
     * A login's score: its reconstruction error over the threshold, so 1 is the threshold.
     *
     * @param reasons the feature groups behind the error, in words; empty below the threshold
     */
    public record Score(double score, boolean suspicious, List<String> reasons) {}

    public LoginScorer {
        if (model.dimension() != VECTORIZER.dimension()) {
            throw new IllegalArgumentException("the model reads " + model.dimension() + " features, logins have " + VECTORIZER.dimension());
        }
    }

    /** @param features the login's features, compared with the profile this model was trained under */
    public Score score(LoginFeatures features) {
        float[] errors = model.squaredErrors(VECTORIZER.vectorize(features));
        float sum = 0;
        for (float error : errors) {
            sum += error;
        }
        double score = threshold.score(sum / errors.length);
        boolean suspicious = score >= 1;
        return new Score(score, suspicious, suspicious ? EXPLAINER.explain(errors) : List.of());
    }
}

package io.ueba.ml.autoencoder;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A published autoencoder: scores a login by how badly it reconstructs the login's features, over the calibrated
 * threshold, and says which features it got most wrong.
 *
 * @param version   identifies the training run
 * @param model     the weights, in plain Java
 * @param threshold calibrated on the training logins' errors
 */
public record AutoencoderScorer(String version, DenseAutoencoder model, Threshold threshold) implements LoginScorer {

    static final int MAX_REASONS = 3;
    private static final LoginVectorizer VECTORIZER = new LoginVectorizer();
    private static final ReconstructionExplainer EXPLAINER = new ReconstructionExplainer(VECTORIZER.groups(), MAX_REASONS);

    public AutoencoderScorer {
        if (model.dimension() != VECTORIZER.dimension()) {
            throw new IllegalArgumentException("the model reads " + model.dimension() + " features, logins have " + VECTORIZER.dimension());
        }
    }

    @Override
    public String kind() {
        return AutoencoderKind.NAME;
    }

    /** The mean squared reconstruction error over the threshold, so 1 is the threshold. */
    @Override
    public KindScore score(LoginFeatures features) {
        float[] errors = model.squaredErrors(VECTORIZER.vectorize(features));
        float sum = 0;
        for (float error : errors) {
            sum += error;
        }
        double score = threshold.score(sum / errors.length);
        return new KindScore(AutoencoderKind.NAME, score, score >= 1 ? EXPLAINER.explain(errors) : List.of());
    }

    @Override
    public void write(DataOutput out) throws IOException {
        model.write(out);
    }
}

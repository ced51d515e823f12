package io.ueba.ml.autoencoder;

import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKind;
import io.ueba.ml.model.SettingsFields;
import io.ueba.ml.threshold.Threshold;

import java.io.DataInput;
import java.io.IOException;

/** The autoencoder over a login's features: reconstruction error is suspiciousness. */
public final class AutoencoderKind implements ModelKind {

    public static final String NAME = "autoencoder";
    private static final String SCHEMA = new LoginVectorizer().schema();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KindSettings settings(SettingsFields given) {
        return AutoencoderSettings.read(given);
    }

    @Override
    public int format() {
        return 1;
    }

    /** The feature layout the autoencoder reads: {@link LoginVectorizer#schema()}. */
    @Override
    public String schema() {
        return SCHEMA;
    }

    @Override
    public LoginScorer read(String version, Threshold threshold, DataInput in) throws IOException {
        return new AutoencoderScorer(version, DenseAutoencoder.read(in), threshold);
    }
}

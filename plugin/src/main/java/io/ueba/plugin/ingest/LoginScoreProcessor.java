package io.ueba.plugin.ingest;

import io.ueba.ml.autoencoder.LoginScorer;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

import java.util.Map;

/**
 * {@code ueba_login_score}: scores the login that {@code ueba_login_features}, placed before it, featurized, with the
 * autoencoder published together with the profile it was featurized against, and writes the score, the suspicious
 * flag, the model version and the reasons. Scoring is a few thousand multiply-adds in Java on an in-memory snapshot.
 * Without a model or features the document passes on with {@code ueba.status} saying which.
 */
public final class LoginScoreProcessor extends AbstractProcessor {

    public static final String TYPE = "ueba_login_score";
    public static final String STATUS_FIELD = "ueba.status";

    LoginScoreProcessor(String tag, String description) {
        super(tag, description);
    }

    @Override
    public IngestDocument execute(IngestDocument document) {
        if (document.getIngestMetadata().remove(LoginFeaturesProcessor.FEATURES_METADATA) instanceof FeaturizedLogin featurized) {
            LoginScorer scorer = featurized.scorer();
            if (scorer == null) {
                document.setFieldValue(STATUS_FIELD, "no_model");
                return document;
            }
            LoginScorer.Score score = scorer.score(featurized.features());
            document.setFieldValue("ueba.score", (float) score.score());
            document.setFieldValue("ueba.suspicious", score.suspicious());
            document.setFieldValue("ueba.model_version", scorer.version());
            document.setFieldValue("ueba.explanation", score.reasons());
            document.setFieldValue(STATUS_FIELD, "scored");
        } else {
            document.setFieldValue(STATUS_FIELD, "no_features");
        }
        return document;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    /** Builds the processor; it has no options of its own. */
    public static final class Factory implements Processor.Factory {

        @Override
        public LoginScoreProcessor create(Map<String, Processor.Factory> registry, String tag, String description, Map<String, Object> config) {
            if (config.isEmpty() == false) {
                throw ConfigurationUtils.newConfigurationException(TYPE, tag, config.keySet().iterator().next(), "is not an option of " + TYPE);
            }
            return new LoginScoreProcessor(tag, description);
        }
    }
}

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
 * flag, the model version and, for a suspicious login, the reasons. Scoring is a few thousand multiply-adds in Java on an in-memory snapshot.
 * Without a model or features the document passes on with {@code ueba.status} saying which; a scored login has no
 * status, {@code ueba.score} says it was scored (one field fewer to index on every login).
 */
public final class LoginScoreProcessor extends AbstractProcessor {

    public static final String TYPE = "ueba_login_score";
    public static final String STATUS_FIELD = "ueba.status";
    /** The status of a login featurized before any model was published. */
    public static final String NO_MODEL = "no_model";

    // Split once: IngestDocument#setFieldValue parses its path on every call, a fifth of this processor's time.
    private static final SourcePath STATUS = SourcePath.of(STATUS_FIELD);
    private static final SourcePath SCORE = SourcePath.of("ueba.score");
    private static final SourcePath SUSPICIOUS = SourcePath.of("ueba.suspicious");
    private static final SourcePath MODEL_VERSION = SourcePath.of("ueba.model_version");
    private static final SourcePath EXPLANATION = SourcePath.of("ueba.explanation");
    /** Cleared first, so that a login scored again (rescored through the pipeline) keeps nothing of an earlier score. */
    private static final SourcePath[] WRITTEN = { STATUS, SCORE, SUSPICIOUS, MODEL_VERSION, EXPLANATION };

    LoginScoreProcessor(String tag, String description) {
        super(tag, description);
    }

    @Override
    public IngestDocument execute(IngestDocument document) {
        for (SourcePath written : WRITTEN) {
            written.remove(document);
        }
        if (document.getIngestMetadata().remove(LoginFeaturesProcessor.FEATURES_METADATA) instanceof FeaturizedLogin featurized) {
            LoginScorer scorer = featurized.scorer();
            if (scorer == null) {
                STATUS.put(document, NO_MODEL);
                return document;
            }
            LoginScorer.Score score = scorer.score(featurized.features());
            SCORE.put(document, (float) score.score());
            SUSPICIOUS.put(document, score.suspicious());
            MODEL_VERSION.put(document, scorer.version());
            if (score.reasons().isEmpty() == false) {
                EXPLANATION.put(document, score.reasons());
            }
        } else {
            STATUS.put(document, "no_features");
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

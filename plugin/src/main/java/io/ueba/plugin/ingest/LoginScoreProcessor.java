package io.ueba.plugin.ingest;

import io.ueba.ml.model.CombinedScore;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.TrainedModels;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ueba_login_score}: scores the login that {@code ueba_login_features}, placed before it, featurized, with every
 * kind's model published together with the profile it was featurized against, and writes the combined score (the
 * rule is {@link CombinedScore}'s), the suspicious flag, the model version and, for a suspicious login, the reasons,
 * each naming its kind. Each kind's own score goes under {@code ueba.scores.<kind>} as its {@code write_scores} option
 * says ({@link ScoreOutput}). Scoring is a few thousand multiply-adds in Java on an in-memory snapshot. Without a model
 * or features the document passes on with {@code ueba.status} saying which; a scored login has no status,
 * {@code ueba.score} says it was scored (one field fewer to index on every login).
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
    private static final String KIND_SCORES = "ueba.scores";
    /** Where all of the above lives: a login that has no such object (one not scored before) has nothing to clear. */
    private static final String UEBA_OBJECT = "ueba";
    /** Cleared first, so that a login scored again (rescored through the pipeline) keeps nothing of an earlier score. */
    private static final SourcePath[] WRITTEN = { STATUS, SCORE, SUSPICIOUS, MODEL_VERSION, EXPLANATION, SourcePath.of(KIND_SCORES) };
    /** {@code ueba.scores.<kind>} for each kind met, split once. */
    private static final Map<String, SourcePath> KIND_SCORE_PATHS = new ConcurrentHashMap<>();

    private final ScoreOutput scoreOutput;

    LoginScoreProcessor(String tag, String description, ScoreOutput scoreOutput) {
        super(tag, description);
        this.scoreOutput = scoreOutput;
    }

    @Override
    public IngestDocument execute(IngestDocument document) {
        if (document.getSourceAndMetadata().get(UEBA_OBJECT) instanceof Map) {
            for (SourcePath written : WRITTEN) {
                written.remove(document);
            }
        }
        if (document.getIngestMetadata().remove(LoginFeaturesProcessor.FEATURES_METADATA) instanceof FeaturizedLogin featurized) {
            TrainedModels models = featurized.models();
            if (models.scores() == false) {
                STATUS.put(document, NO_MODEL);
                return document;
            }
            CombinedScore score = models.score(featurized.features());
            SCORE.put(document, (float) score.score());
            SUSPICIOUS.put(document, score.suspicious());
            MODEL_VERSION.put(document, models.id());
            if (score.explanation().isEmpty() == false) {
                EXPLANATION.put(document, score.explanation());
            }
            if (scoreOutput.writes(score.suspicious())) {
                for (KindScore part : score.parts()) {
                    KIND_SCORE_PATHS.computeIfAbsent(part.kind(), kind -> SourcePath.of(KIND_SCORES + "." + kind)).put(document, (float) part.score());
                }
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

    /** Builds the processor; its one option is {@value ScoreOutput#OPTION}. */
    public static final class Factory implements Processor.Factory {

        @Override
        public LoginScoreProcessor create(Map<String, Processor.Factory> registry, String tag, String description, Map<String, Object> config) {
            ScoreOutput output = ChoiceOption.take(TYPE, tag, config, ScoreOutput.OPTION, ScoreOutput.SUSPICIOUS);
            if (config.isEmpty() == false) {
                throw ConfigurationUtils.newConfigurationException(TYPE, tag, config.keySet().iterator().next(), "is not an option of " + TYPE);
            }
            return new LoginScoreProcessor(tag, description, output);
        }
    }
}

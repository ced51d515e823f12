package io.ueba.plugin.ingest;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginSourceReader;
import io.ueba.ml.model.TrainedModels;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.IngestDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ueba_login_features}: featurizes a login against the entity profile that training last published to its
 * model set (option {@code model_set}, {@code default} unless told otherwise), leaves
 * the features in the ingest metadata for {@code ueba_login_score}, and writes as much of them into the document as
 * its {@link FeatureOutput} says. It also reads the further document fields that a model in use learned from (an RGCN's
 * {@code relation_field}). Works from memory only: no lookups, no model calls.
 */
public final class LoginFeaturesProcessor extends AbstractProcessor {

    public static final String TYPE = "ueba_login_features";
    public static final String DEFAULT_TARGET_FIELD = "ueba.features";
    public static final String WARNINGS_FIELD = "ueba.warnings";
    public static final String SKIPPED_FIELD = "ueba.skipped";
    /** The option naming the model set whose profile and models the processor's logins are featurized and scored with. */
    public static final String MODEL_SET_OPTION = "model_set";
    /** Where the {@link FeaturizedLogin} waits, in the document's ingest metadata, for {@code ueba_login_score}. */
    public static final String FEATURES_METADATA = "ueba_login_features";

    private static final SourcePath WARNINGS = SourcePath.of(WARNINGS_FIELD);
    private static final SourcePath SKIPPED = SourcePath.of(SKIPPED_FIELD);
    /** Where the installed pipeline's on_failure writes why a login could not be featurized or scored. */
    private static final SourcePath ERROR = SourcePath.of("ueba.error");
    private static final List<String> GEO_FIELDS = List.of("country_iso_code", "country_name", "city_name", "location");

    private final LoginSourceReader reader;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final TrainedModelsHolder models;
    private final String modelSet;
    private final SourcePath sourceGeoField;
    private final SourcePath targetField;
    private final FeatureOutput output;
    private final boolean ignoreMissing;

    LoginFeaturesProcessor(
        String tag,
        String description,
        LoginSourceReader reader,
        TrainedModelsHolder models,
        String modelSet,
        String sourceGeoField,
        String targetField,
        FeatureOutput output,
        boolean ignoreMissing
    ) {
        super(tag, description);
        this.reader = reader;
        this.models = models;
        this.modelSet = modelSet;
        this.sourceGeoField = SourcePath.of(sourceGeoField);
        this.targetField = SourcePath.of(targetField);
        this.output = output;
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public IngestDocument execute(IngestDocument document) {
        // A login featurized before (rescored through the pipeline) keeps nothing of that: it is featurized anew.
        targetField.remove(document);
        WARNINGS.remove(document);
        SKIPPED.remove(document);
        ERROR.remove(document);
        LoginSourceReader.Reading reading = reader.read(document.getSourceAndMetadata());
        for (LoginSourceReader.Misplaced value : reading.misplaced()) {
            SourcePath.of(value.path()).removeNestedOrDotted(document);
            document.setFieldValue(LoginSourceReader.MISPLACED_FIELD + "." + value.path(), String.valueOf(value.value()));
        }
        if (reading.failure() != null) {
            if (ignoreMissing && reading.failure().missing()) {
                document.setFieldValue(SKIPPED_FIELD, reading.failure().getMessage());
                return document;
            }
            throw reading.failure();
        }
        TrainedModels published = models.current(modelSet);
        LoginEvent login = LoginAttributes.attach(reading.event(), document.getSourceAndMetadata(), published.attributeFields());
        LoginFeatures loginFeatures = featurizer.featurize(login, published.profile());
        document.getIngestMetadata().put(FEATURES_METADATA, new FeaturizedLogin(loginFeatures, published));
        Map<String, Object> features = output.document(loginFeatures);
        if (features != null) {
            if (output == FeatureOutput.ALL) {
                putSourceGeo(document, features);
            }
            targetField.put(document, features);
        }
        if (reading.warnings().isEmpty() == false) {
            document.setFieldValue(WARNINGS_FIELD, reading.warnings());
        }
        return document;
    }

    /** Copies the geo facts already on the document, from the log itself or from a geoip processor placed before this one. */
    private void putSourceGeo(IngestDocument document, Map<String, Object> features) {
        Map<String, Object> geo = new LinkedHashMap<>();
        if (sourceGeoField.get(document) instanceof Map<?, ?> found) {
            for (String field : GEO_FIELDS) {
                Object value = found.get(field);
                // Copied from the document as it came: a name too long to be one is left out, like any other.
                boolean tooLong = value instanceof String text && text.length() > LoginSourceReader.MAX_VALUE_LENGTH;
                if (value != null && tooLong == false) {
                    geo.put(field, value);
                }
            }
        }
        if (geo.isEmpty() == false) {
            features.put("geo", geo);
        }
    }

    @Override
    public String getType() {
        return TYPE;
    }
}

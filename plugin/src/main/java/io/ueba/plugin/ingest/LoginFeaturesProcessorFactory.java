package io.ueba.plugin.ingest;

import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.Processor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Builds {@link LoginFeaturesProcessor}s from pipeline definitions. Every field path is an option. */
public final class LoginFeaturesProcessorFactory implements Processor.Factory {

    static final TimeValue DEFAULT_MAX_FUTURE = TimeValue.timeValueDays(1);

    private final TrainedModelsHolder models;
    private final LongSupplier nowMillis;

    public LoginFeaturesProcessorFactory(TrainedModelsHolder models, LongSupplier nowMillis) {
        this.models = models;
        this.nowMillis = nowMillis;
    }

    @Override
    public LoginFeaturesProcessor create(
        Map<String, Processor.Factory> registry,
        String tag,
        String description,
        Map<String, Object> config
    ) {
        LoginFieldNames defaults = LoginFieldNames.ECS;
        LoginFieldNames fields = new LoginFieldNames(
            string(tag, config, "timestamp_field", defaults.timestamp()),
            string(tag, config, "user_field", defaults.user()),
            string(tag, config, "source_ip_field", defaults.sourceIp()),
            string(tag, config, "source_host_field", defaults.sourceHost()),
            destinationFields(tag, config, defaults.destination()),
            string(tag, config, "destination_ip_field", defaults.destinationIp()),
            string(tag, config, "outcome_field", defaults.outcome()),
            string(tag, config, "auth_package_field", defaults.authPackage()),
            string(tag, config, "logon_type_field", defaults.logonType()),
            string(tag, config, "source_geo_field", defaults.sourceGeo())
        );
        String maxFutureText = string(tag, config, "max_future", DEFAULT_MAX_FUTURE.getStringRep());
        TimeValue maxFuture;
        try {
            maxFuture = TimeValue.parseTimeValue(maxFutureText, "max_future");
        } catch (IllegalArgumentException e) {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, "max_future", e.getMessage());
        }
        return new LoginFeaturesProcessor(
            tag,
            description,
            new LoginDocumentReader(fields, Duration.ofMillis(maxFuture.millis()), nowMillis),
            models,
            fields.sourceGeo(),
            string(tag, config, "target_field", LoginFeaturesProcessor.DEFAULT_TARGET_FIELD),
            featureOutput(tag, config),
            ConfigurationUtils.readBooleanProperty(LoginFeaturesProcessor.TYPE, tag, config, "ignore_missing", false)
        );
    }

    private static String string(String tag, Map<String, Object> config, String key, String defaultValue) {
        return ConfigurationUtils.readStringProperty(LoginFeaturesProcessor.TYPE, tag, config, key, defaultValue);
    }

    private static FeatureOutput featureOutput(String tag, Map<String, Object> config) {
        String name = string(tag, config, FeatureOutput.OPTION, FeatureOutput.ALL.optionValue());
        FeatureOutput output = FeatureOutput.named(name);
        if (output == null) {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, FeatureOutput.OPTION,
                "must be one of [" + FeatureOutput.optionValues() + "], got [" + name + "]");
        }
        return output;
    }

    private static List<String> destinationFields(String tag, Map<String, Object> config, List<String> defaults) {
        List<String> fields = ConfigurationUtils.readOptionalList(LoginFeaturesProcessor.TYPE, tag, config, "destination_fields");
        if (fields == null) {
            return defaults;
        }
        if (fields.isEmpty()) {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, "destination_fields", "must name at least one field");
        }
        return List.copyOf(fields);
    }
}

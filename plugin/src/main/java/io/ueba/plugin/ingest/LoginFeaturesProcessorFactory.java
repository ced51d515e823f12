package io.ueba.plugin.ingest;

import io.ueba.action.JobConfig;
import io.ueba.action.ResourceNames;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.Processor;

import java.util.Map;
import java.util.function.LongSupplier;

/** Builds {@link LoginFeaturesProcessor}s from pipeline definitions. Every field path is an option. */
public final class LoginFeaturesProcessorFactory implements Processor.Factory {

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
        LoginFieldOptions options = LoginFieldOptions.take(tag, config);
        return new LoginFeaturesProcessor(
            tag,
            description,
            options.reader(nowMillis),
            models,
            modelSet(tag, config),
            options.fields().sourceGeo(),
            LoginFieldOptions.string(tag, config, "target_field", LoginFeaturesProcessor.DEFAULT_TARGET_FIELD),
            ChoiceOption.take(LoginFeaturesProcessor.TYPE, tag, config, FeatureOutput.OPTION, FeatureOutput.ALL),
            ConfigurationUtils.readBooleanProperty(LoginFeaturesProcessor.TYPE, tag, config, "ignore_missing", false)
        );
    }

    private static String modelSet(String tag, Map<String, Object> config) {
        String option = LoginFeaturesProcessor.MODEL_SET_OPTION;
        String modelSet = LoginFieldOptions.string(tag, config, option, JobConfig.DEFAULT_MODEL_SET);
        ResourceNames.problem(option, modelSet).ifPresent(problem -> {
            throw ConfigurationUtils.newConfigurationException(LoginFeaturesProcessor.TYPE, tag, option, problem);
        });
        return modelSet;
    }
}

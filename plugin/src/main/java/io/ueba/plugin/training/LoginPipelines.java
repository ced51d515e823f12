package io.ueba.plugin.training;

import io.ueba.action.JobConfig;
import io.ueba.plugin.ingest.LoginFeaturesProcessor;
import io.ueba.plugin.ingest.LoginFieldOptions;

import org.opensearch.action.admin.indices.settings.get.GetSettingsRequest;
import org.opensearch.action.admin.indices.settings.get.GetSettingsResponse;
import org.opensearch.action.ingest.GetPipelineRequest;
import org.opensearch.action.support.IndicesOptions;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.ingest.IngestService;
import org.opensearch.ingest.PipelineConfiguration;
import org.opensearch.transport.client.Client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds how ingest read the logins of each index, and with which model set: the options of the first
 * {@code ueba_login_features} processor in the index's default pipeline, following {@code pipeline} processors into
 * the pipelines they call. An index without such a processor has its logins read with the defaults, and no set.
 * Blocks: call it from a thread pool that may wait (the ML pool for training, the generic pool for a rescore pass),
 * never from a transport thread.
 */
public final class LoginPipelines {

    /** Deeper than any real chain of pipelines; it stops a pipeline that calls itself. */
    private static final int MAX_DEPTH = 10;

    private final Client client;

    public LoginPipelines(Client client) {
        this.client = client;
    }

    /** The reading options of each of the indices whose pipeline featurizes logins. */
    Map<String, LoginFieldOptions> optionsByIndex(String indices) {
        Map<String, LoginFieldOptions> byIndex = new HashMap<>();
        featuresConfigByIndex(indices).forEach((index, config) -> byIndex.put(index, LoginFieldOptions.of(config)));
        return byIndex;
    }

    /**
     * The model set each of the indices whose pipeline featurizes logins scores them with: its processor's
     * {@code model_set}, {@value JobConfig#DEFAULT_MODEL_SET} when it names none.
     */
    public Map<String, String> modelSetByIndex(String indices) {
        Map<String, String> byIndex = new HashMap<>();
        featuresConfigByIndex(indices).forEach((index, config) -> byIndex.put(index,
            config.get(LoginFeaturesProcessor.MODEL_SET_OPTION) instanceof String modelSet ? modelSet : JobConfig.DEFAULT_MODEL_SET));
        return byIndex;
    }

    /** The configuration of the features processor that each index's default pipeline runs, for the indices that have one. */
    private Map<String, Map<String, Object>> featuresConfigByIndex(String indices) {
        GetSettingsResponse settings = client.admin()
            .indices()
            .getSettings(new GetSettingsRequest().indices(indices.split(","))
                .names(IndexSettings.DEFAULT_PIPELINE.getKey())
                .indicesOptions(IndicesOptions.lenientExpandOpen()))
            .actionGet();
        Map<String, Optional<Map<String, Object>>> byPipeline = new HashMap<>();
        Map<String, Map<String, Object>> byIndex = new HashMap<>();
        for (Map.Entry<String, Settings> index : settings.getIndexToSettings().entrySet()) {
            String pipeline = index.getValue().get(IndexSettings.DEFAULT_PIPELINE.getKey());
            if (pipeline == null || IngestService.NOOP_PIPELINE_NAME.equals(pipeline)) {
                continue;
            }
            byPipeline.computeIfAbsent(pipeline, name -> featuresConfig(name, 0)).ifPresent(config -> byIndex.put(index.getKey(), config));
        }
        return byIndex;
    }

    private Optional<Map<String, Object>> featuresConfig(String pipeline, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        List<PipelineConfiguration> found = client.admin().cluster().getPipeline(new GetPipelineRequest(pipeline)).actionGet().pipelines();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object processors = found.getFirst().getConfigAsMap().get("processors");
        for (Object processor : processors instanceof List<?> list ? list : List.of()) {
            Optional<Map<String, Object>> config = processor instanceof Map<?, ?> typed && typed.size() == 1
                ? featuresConfig(typed.entrySet().iterator().next(), depth)
                : Optional.empty();
            if (config.isPresent()) {
                return config;
            }
        }
        return Optional.empty();
    }

    /** The configuration of one processor of a pipeline, {@code {type: config}}, if it is the features processor, or of the pipeline it calls. */
    private Optional<Map<String, Object>> featuresConfig(Map.Entry<?, ?> processor, int depth) {
        if (processor.getValue() instanceof Map<?, ?> config) {
            if (LoginFeaturesProcessor.TYPE.equals(processor.getKey())) {
                return Optional.of(asStringKeys(config));
            }
            if ("pipeline".equals(processor.getKey()) && config.get("name") instanceof String called) {
                return featuresConfig(called, depth + 1);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asStringKeys(Map<?, ?> config) {
        return (Map<String, Object>) config;
    }
}

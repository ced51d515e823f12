package io.ueba.plugin.training;

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
 * Finds how ingest read the logins of each index: the options of the first {@code ueba_login_features} processor in
 * the index's default pipeline, following {@code pipeline} processors into the pipelines they call. An index without
 * such a processor has its logins read with the defaults. Blocks: call it from the ML thread pool.
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
        GetSettingsResponse settings = client.admin()
            .indices()
            .getSettings(new GetSettingsRequest().indices(indices.split(","))
                .names(IndexSettings.DEFAULT_PIPELINE.getKey())
                .indicesOptions(IndicesOptions.lenientExpandOpen()))
            .actionGet();
        Map<String, Optional<LoginFieldOptions>> byPipeline = new HashMap<>();
        Map<String, LoginFieldOptions> byIndex = new HashMap<>();
        for (Map.Entry<String, Settings> index : settings.getIndexToSettings().entrySet()) {
            String pipeline = index.getValue().get(IndexSettings.DEFAULT_PIPELINE.getKey());
            if (pipeline == null || IngestService.NOOP_PIPELINE_NAME.equals(pipeline)) {
                continue;
            }
            byPipeline.computeIfAbsent(pipeline, name -> featuresOptions(name, 0)).ifPresent(options -> byIndex.put(index.getKey(), options));
        }
        return byIndex;
    }

    private Optional<LoginFieldOptions> featuresOptions(String pipeline, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        List<PipelineConfiguration> found = client.admin().cluster().getPipeline(new GetPipelineRequest(pipeline)).actionGet().pipelines();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object processors = found.getFirst().getConfigAsMap().get("processors");
        for (Object processor : processors instanceof List<?> list ? list : List.of()) {
            Optional<LoginFieldOptions> options = processor instanceof Map<?, ?> typed && typed.size() == 1
                ? featuresOptions(typed.entrySet().iterator().next(), depth)
                : Optional.empty();
            if (options.isPresent()) {
                return options;
            }
        }
        return Optional.empty();
    }

    /** The options of one processor of a pipeline, {@code {type: config}}, or of the pipeline it calls. */
    private Optional<LoginFieldOptions> featuresOptions(Map.Entry<?, ?> processor, int depth) {
        if (processor.getValue() instanceof Map<?, ?> config) {
            if (LoginFeaturesProcessor.TYPE.equals(processor.getKey())) {
                return Optional.of(LoginFieldOptions.of(asStringKeys(config)));
            }
            if ("pipeline".equals(processor.getKey()) && config.get("name") instanceof String called) {
                return featuresOptions(called, depth + 1);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asStringKeys(Map<?, ?> config) {
        return (Map<String, Object>) config;
    }
}

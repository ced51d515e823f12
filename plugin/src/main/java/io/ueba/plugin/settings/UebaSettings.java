package io.ueba.plugin.settings;

import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.plugin.training.MlNodes;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Setting.Property;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;

import java.nio.file.Path;
import java.util.List;

/** Every setting of the plugin, declared in one place. */
public final class UebaSettings {

    /** The thread pool for engine loading and model work: never a transport or HTTP thread. */
    public static final String ML_THREAD_POOL = "ueba_ml";

    /**
     * Where DJL extracts libtorch. A relative path is resolved against the node's first data path, the
     * one place the node's security policy lets plugins write; extraction happens once and later starts
     * reuse it.
     */
    public static final Setting<String> ENGINE_CACHE_DIR = new Setting<>(
        "plugins.ueba.engine.cache_dir",
        "ueba/djl-cache",
        UebaSettings::nonBlank,
        Property.NodeScope
    );

    /** Load the engine in the background when a node marked for training starts, rather than on first use. */
    public static final Setting<Boolean> ENGINE_PRELOAD = Setting.boolSetting("plugins.ueba.engine.preload", true, Property.NodeScope);

    /** PyTorch's threads for one operation while training; 0 is half the node's processors. Read when the engine loads. */
    public static final Setting<Integer> ENGINE_THREADS = Setting.intSetting("plugins.ueba.engine.threads", 0, 0, 1024, Property.NodeScope);

    /** How often each node checks whether the model store names a newer version than the one it scores with. */
    public static final Setting<TimeValue> MODEL_POLL_INTERVAL = Setting.positiveTimeSetting(
        "plugins.ueba.model_store.poll_interval",
        TimeValue.timeValueSeconds(10),
        Property.NodeScope
    );

    /** How many model versions the store keeps, the one in use included; older ones are deleted after each run. */
    public static final Setting<Integer> MODEL_VERSIONS_KEPT = Setting.intSetting(
        "plugins.ueba.model_store.keep_versions",
        5,
        1,
        Property.NodeScope,
        Property.Dynamic
    );

    /** How many run status documents the store keeps for each job (and for the {@code _train} runs); older ones are deleted as a run ends. */
    public static final Setting<Integer> RUNS_KEPT = Setting.intSetting(
        "plugins.ueba.training.keep_runs",
        20,
        1,
        Property.NodeScope,
        Property.Dynamic
    );

    /** Whether training may run on data nodes when no node is marked {@code node.attr.ueba_ml: true}. */
    public static final Setting<Boolean> ML_FALLBACK_TO_DATA_NODES = Setting.boolSetting(
        "plugins.ueba.ml.fallback_to_data_nodes",
        true,
        Property.NodeScope,
        Property.Dynamic
    );

    /**
     * How far back, on {@code @timestamp}, the logins indexed before any model ({@code ueba.status: no_model}) are
     * scored when a model comes into use on a node; 0 turns that off.
     */
    public static final Setting<TimeValue> RESCORE_LOOKBACK = Setting.timeSetting(
        "plugins.ueba.rescore.lookback",
        TimeValue.timeValueDays(7),
        TimeValue.ZERO,
        Property.NodeScope,
        Property.Dynamic
    );

    /** The indices those logins are looked for in. */
    public static final Setting<String> RESCORE_INDICES = Setting.simpleString(
        "plugins.ueba.rescore.indices",
        "logins-*",
        Property.NodeScope,
        Property.Dynamic
    );

    /** How many logins a second that rescore sends through the pipeline, so that it never crowds out live ingest. */
    public static final Setting<Float> RESCORE_REQUESTS_PER_SECOND = Setting.floatSetting(
        "plugins.ueba.rescore.requests_per_second",
        1000f,
        1f,
        Property.NodeScope,
        Property.Dynamic
    );

    /**
     * How many groups of logins (distinct values of the fields an edge is named from) the graph API reads at most for
     * one answer: its bound on work and memory, whatever the window. An answer that stopped there says so.
     */
    public static final Setting<Integer> GRAPH_MAX_GROUPS = Setting.intSetting(
        "plugins.ueba.graph.max_groups",
        50_000,
        1,
        1_000_000,
        Property.NodeScope,
        Property.Dynamic
    );

    private UebaSettings() {}

    public static List<Setting<?>> all() {
        return List.of(ENGINE_CACHE_DIR, ENGINE_PRELOAD, ENGINE_THREADS, MODEL_POLL_INTERVAL, MODEL_VERSIONS_KEPT, RUNS_KEPT,
            ML_FALLBACK_TO_DATA_NODES, RESCORE_LOOKBACK, RESCORE_INDICES, RESCORE_REQUESTS_PER_SECOND, GRAPH_MAX_GROUPS);
    }

    public static int engineThreads(Settings settings) {
        int threads = ENGINE_THREADS.get(settings);
        return threads == 0 ? TorchEngineLoader.defaultThreads() : threads;
    }

    /**
     * Whether this node loads the engine as it starts: only a node marked {@code node.attr.ueba_ml: true} trains as a
     * rule, and ingest scores in plain Java, so other nodes load it only if a run falls back to them.
     */
    public static boolean preloadsEngine(Settings settings) {
        return ENGINE_PRELOAD.get(settings) && settings.getAsBoolean("node.attr." + MlNodes.ATTRIBUTE, false);
    }

    public static Path engineCacheDir(Settings settings, Environment environment) {
        return environment.dataFiles()[0].resolve(ENGINE_CACHE_DIR.get(settings));
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("[plugins.ueba.engine.cache_dir] must not be blank");
        }
        return value;
    }
}

package io.ueba.plugin.engine;

import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.EngineState;
import io.ueba.ml.engine.EngineStatus;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.plugin.settings.UebaSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.common.lifecycle.AbstractLifecycleComponent;
import org.opensearch.threadpool.ThreadPool;

/**
 * Owns the deep-learning engine on this node: loads it once, on the ML thread pool, and reports its
 * state without blocking. A failed load is reported, never thrown at node start.
 */
public class EngineService extends AbstractLifecycleComponent {

    private static final Logger logger = LogManager.getLogger(EngineService.class);

    private final TorchEngineLoader loader;
    private final ThreadPool threadPool;
    private final boolean preload;
    private volatile EngineStatus status;

    public EngineService(TorchEngineLoader loader, ThreadPool threadPool, boolean preload) {
        this.loader = loader;
        this.threadPool = threadPool;
        this.preload = preload;
        this.status = EngineStatus.notLoaded(loader.cacheDir().toString());
    }

    /** The engine's state now; never waits for a load in progress. */
    public EngineStatus status() {
        return status;
    }

    /**
     * Loads the engine if this JVM has not yet, and returns its status. Call only from the ML thread pool:
     * the first load extracts and links hundreds of megabytes of native code.
     *
     * @throws EngineLoadException when the engine failed to load, now or earlier
     */
    public synchronized EngineStatus ensureLoaded() throws EngineLoadException {
        assert Thread.currentThread().getName().contains("[" + UebaSettings.ML_THREAD_POOL + "]")
            : "engine loading on thread " + Thread.currentThread().getName();
        if (status.state() == EngineState.READY) {
            return status;
        }
        if (status.state() == EngineState.FAILED) {
            throw new EngineLoadException("the engine failed to load earlier: " + status.error(), null);
        }
        status = EngineStatus.loading(loader.cacheDir().toString());
        long start = System.nanoTime();
        try {
            status = loader.load();
            logger.info(
                "loaded {} {} on {} in {} ms (natives {} in {})",
                status.engineName(),
                status.engineVersion(),
                status.devices(),
                status.loadMillis(),
                status.nativesReused() ? "reused" : "extracted",
                status.cacheDir()
            );
            return status;
        } catch (EngineLoadException e) {
            status = EngineStatus.failed(loader.cacheDir().toString(), (System.nanoTime() - start) / 1_000_000, e);
            logger.error("could not load the deep-learning engine; model training is unavailable on this node", e);
            throw e;
        }
    }

    @Override
    protected void doStart() {
        if (preload) {
            threadPool.executor(UebaSettings.ML_THREAD_POOL).execute(this::preload);
        }
    }

    private void preload() {
        try {
            ensureLoaded();
        } catch (EngineLoadException e) {
            // Already recorded in the status and logged; the node keeps running without the engine.
        }
    }

    @Override
    protected void doStop() {}

    @Override
    protected void doClose() {}
}

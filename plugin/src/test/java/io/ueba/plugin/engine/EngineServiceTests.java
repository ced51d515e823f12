package io.ueba.plugin.engine;

import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.EngineState;
import io.ueba.ml.engine.EngineStatus;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.common.settings.Settings;
import org.opensearch.test.OpenSearchTestCase;
import org.opensearch.threadpool.FixedExecutorBuilder;
import org.opensearch.threadpool.TestThreadPool;
import org.opensearch.threadpool.ThreadPool;
import org.junit.After;
import org.junit.Before;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class EngineServiceTests extends OpenSearchTestCase {

    private ThreadPool threadPool;

    @Before
    public void startThreadPool() {
        threadPool = new TestThreadPool(
            getTestName(),
            new FixedExecutorBuilder(Settings.EMPTY, UebaSettings.ML_THREAD_POOL, 1, 16, "plugins.ueba.thread_pool.ml")
        );
    }

    @After
    public void stopThreadPool() {
        terminate(threadPool);
    }

    public void testPreloadMakesTheEngineReadyInTheBackground() throws Exception {
        EngineService engine = new EngineService(loader(createTempDir()), threadPool, true);
        assertEquals(EngineState.NOT_LOADED, engine.status().state());
        engine.start();
        assertBusy(() -> assertEquals(EngineState.READY, engine.status().state()), 2, TimeUnit.MINUTES);
        assertEquals("PyTorch", engine.status().engineName());
        assertTrue(engine.status().devices().toString(), engine.status().devices().contains("cpu()"));
    }

    public void testWithoutPreloadTheEngineLoadsOnFirstUse() throws Exception {
        EngineService engine = new EngineService(loader(createTempDir()), threadPool, false);
        engine.start();
        assertEquals(EngineState.NOT_LOADED, engine.status().state());
        EngineStatus loaded = onMlPool(engine::ensureLoaded);
        assertEquals(EngineState.READY, loaded.state());
        assertSame(loaded, engine.status());
    }

    public void testAFailedLoadIsReportedAndRemembered() throws Exception {
        Path notADirectory = Files.createFile(createTempDir().resolve("file"));
        EngineService engine = new EngineService(loader(notADirectory.resolve("cache")), threadPool, false);
        Exception first = expectThrows(Exception.class, () -> onMlPool(engine::ensureLoaded));
        assertTrue(first.getCause() instanceof EngineLoadException);
        assertEquals(EngineState.FAILED, engine.status().state());
        assertTrue(engine.status().error(), engine.status().error().contains("Not a directory"));
        Exception second = expectThrows(Exception.class, () -> onMlPool(engine::ensureLoaded));
        assertTrue(second.getCause().getMessage(), second.getCause().getMessage().contains("failed to load earlier"));
    }

    private static TorchEngineLoader loader(Path cacheDir) {
        return new TorchEngineLoader(cacheDir, EngineServiceTests.class.getClassLoader());
    }

    private <T> T onMlPool(Callable<T> work) throws Exception {
        Future<T> result = threadPool.executor(UebaSettings.ML_THREAD_POOL).submit(work);
        return result.get(2, TimeUnit.MINUTES);
    }
}

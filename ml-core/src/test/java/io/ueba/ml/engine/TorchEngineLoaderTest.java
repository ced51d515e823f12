package io.ueba.ml.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TorchEngineLoaderTest {

    private static EngineStatus status;
    private static TorchEngineLoader loader;

    @BeforeAll
    static void loadEngine() throws Exception {
        Path cache = Path.of(System.getProperty("ueba.test.cache", "target/djl-cache"));
        loader = new TorchEngineLoader(cache, TorchEngineLoaderTest.class.getClassLoader());
        status = loader.load();
    }

    @Test
    void loadsPyTorchOfflineOnCpu() {
        assertEquals(EngineState.READY, status.state());
        assertEquals("PyTorch", status.engineName());
        assertEquals("2.7.1", status.engineVersion());
        assertTrue(status.devices().contains("cpu()"), "devices: " + status.devices());
    }

    @Test
    void extractsNativesIntoTheConfiguredCacheDir() {
        assertNotNull(status.libraryPath());
        assertTrue(Path.of(status.libraryPath()).startsWith(loader.cacheDir()), status.libraryPath());
        assertTrue(Files.isDirectory(loader.cacheDir().resolve("pytorch")));
    }

    @Test
    void secondLoadSeesTheExtractedNatives() throws Exception {
        EngineStatus again = loader.load();
        assertEquals(Boolean.TRUE, again.nativesReused());
        assertEquals(status.libraryPath(), again.libraryPath());
    }

    @Test
    void theLoadedEngineComputes() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray product = manager.create(new float[][] { { 1, 2, 3 }, { 4, 5, 6 } }).matMul(manager.create(new float[][] { { 7, 8 }, { 9, 10 }, { 11, 12 } }));
            assertArrayEquals(new float[] { 58, 64, 139, 154 }, product.toFloatArray());
        }
    }
}

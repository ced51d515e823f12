package io.ueba.ml.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void multipliesMatricesOnTheEngine() {
        float[][] left = { { 1, 2, 3 }, { 4, 5, 6 } };
        float[][] right = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        MatrixProduct.Result result = MatrixProduct.multiply(left, right);
        assertArrayEquals(new float[] { 58, 64 }, result.product()[0]);
        assertArrayEquals(new float[] { 139, 154 }, result.product()[1]);
        assertTrue(status.devices().contains(result.device()), result.device());
    }

    @Test
    void rejectsMatricesWhoseInnerDimensionsDiffer() {
        IllegalArgumentException e = assertThrows(
            IllegalArgumentException.class,
            () -> MatrixProduct.multiply(new float[][] { { 1, 2 } }, new float[][] { { 1, 2 } })
        );
        assertTrue(e.getMessage().contains("left has 2 columns but right has 1 rows"), e.getMessage());
    }

    @Test
    void rejectsRaggedMatrices() {
        IllegalArgumentException e = assertThrows(
            IllegalArgumentException.class,
            () -> MatrixProduct.multiply(new float[][] { { 1 }, { 1, 2 } }, new float[][] { { 1 } })
        );
        assertTrue(e.getMessage().startsWith("left row 1"), e.getMessage());
    }
}

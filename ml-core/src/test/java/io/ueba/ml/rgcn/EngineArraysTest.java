package io.ueba.ml.rgcn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.ueba.ml.engine.TorchEngineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EngineArraysTest {

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), EngineArraysTest.class.getClassLoader()).load();
    }

    @Test
    void anArrayKeepsItsNumbersWhenTheNextOneIsWrittenThroughTheSameBuffer() {
        EngineArrays arrays = new EngineArrays();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray first = arrays.indices(manager, new int[] { 7, 1, 3_000_000 });
            NDArray pairs = arrays.indices(manager, new Shape(2, 3), i -> 10L * i);
            NDArray weights = arrays.floats(manager, 4, i -> 1.0 / (i + 1));
            NDArray flags = arrays.bytes(manager, new Shape(2, 2), new byte[] { 1, 0, (byte) 255, 1, 9 });
            NDArray larger = arrays.indices(manager, new Shape(1000), i -> -i);

            assertEquals(DataType.INT64, first.getDataType());
            assertArrayEquals(new long[] { 7, 1, 3_000_000 }, first.toLongArray());
            assertEquals(new Shape(2, 3), pairs.getShape());
            assertArrayEquals(new long[] { 0, 10, 20, 30, 40, 50 }, pairs.toLongArray());
            assertEquals(DataType.FLOAT32, weights.getDataType());
            assertArrayEquals(new float[] { 1f, 0.5f, 1f / 3, 0.25f }, weights.toFloatArray());
            assertEquals(DataType.UINT8, flags.getDataType());
            assertEquals(new Shape(2, 2), flags.getShape());
            assertArrayEquals(new byte[] { 1, 0, (byte) 255, 1 }, flags.toByteArray());
            assertEquals(-999L, larger.toLongArray()[999]);
        }
    }
}

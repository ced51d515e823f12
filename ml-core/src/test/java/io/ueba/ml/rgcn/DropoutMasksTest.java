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
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

class DropoutMasksTest {

    private static final Shape SHAPE = new Shape(10_001, 32);

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), DropoutMasksTest.class.getClassLoader()).load();
    }

    @Test
    void dropsTheRatesShareOfUnitsAndScalesTheKeptOnes() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray mask = new DropoutMasks(0.2, 42, new EngineArrays()).next(manager, SHAPE);
            assertEquals(SHAPE, mask.getShape());
            assertEquals(DataType.FLOAT32, mask.getDataType());
            int dropped = 0;
            for (float unit : mask.toFloatArray()) {
                if (unit == 0f) {
                    dropped++;
                } else if (unit != 1.25f) {
                    fail("a kept unit is scaled by 1 / (1 - rate), got " + unit);
                }
            }
            // 320,032 units: the dropped share's standard deviation is 0.0007
            assertEquals(0.2, dropped / (double) SHAPE.size(), 0.005);
        }
    }

    @Test
    void theSameSeedDrawsTheSameMasksAndEachMaskIsNew() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            DropoutMasks masks = new DropoutMasks(0.5, 7, new EngineArrays());
            DropoutMasks again = new DropoutMasks(0.5, 7, new EngineArrays());
            float[] first = masks.next(manager, SHAPE).toFloatArray();
            float[] second = masks.next(manager, new Shape(3, 5)).toFloatArray();

            assertArrayEquals(first, again.next(manager, SHAPE).toFloatArray());
            assertArrayEquals(second, again.next(manager, new Shape(3, 5)).toFloatArray());
            assertFalse(Arrays.equals(first, masks.next(manager, SHAPE).toFloatArray()));
        }
    }
}

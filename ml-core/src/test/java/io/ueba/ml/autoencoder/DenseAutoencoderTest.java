package io.ueba.ml.autoencoder;

import ai.djl.Device;
import io.ueba.ml.engine.TorchEngineLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DenseAutoencoderTest {

    @Test
    void scoresEachRowAsTheEngineDoes() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), getClass().getClassLoader()).load();
        Random random = new Random(11);
        float[][] rows = new float[3000][20];
        for (float[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = i % 3 == 0 ? random.nextFloat() : (float) random.nextGaussian();
            }
        }
        try (TrainedAutoencoder model = new AutoencoderTrainer().train(rows, new AutoencoderConfig(16, 4, 3, 128, 0.01f, 3), Device.cpu())) {
            DenseAutoencoder dense = DenseAutoencoder.of(model);
            assertEquals(20, dense.dimension());
            float[][] engineErrors = model.squaredErrors(rows);
            float[] engineRowErrors = model.rowErrors(rows);
            for (int r = 0; r < 200; r++) {
                assertArrayEquals(engineErrors[r], dense.squaredErrors(rows[r]), 1e-4f, "row " + r);
                assertEquals(engineRowErrors[r], dense.rowError(rows[r]), 1e-4f, "row " + r);
            }
            assertThrows(IllegalArgumentException.class, () -> dense.rowError(new float[19]));
        }
    }
}

package io.ueba.ml.autoencoder;

import ai.djl.Device;
import io.ueba.ml.engine.TorchEngineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedAutoencoderTest {

    private static final int DIMENSION = 12;
    private static final AutoencoderConfig CONFIG = new AutoencoderConfig(16, 4, 5, 64, 0.01f, 7);

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), TrainedAutoencoderTest.class.getClassLoader()).load();
    }

    /** Rows on a low-dimensional pattern the bottleneck can learn: the second half mirrors the first. */
    private static float[][] rows(int n, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[n][DIMENSION];
        for (float[] row : rows) {
            for (int i = 0; i < DIMENSION / 2; i++) {
                row[i] = random.nextFloat();
                row[DIMENSION - 1 - i] = row[i];
            }
        }
        return rows;
    }

    @Test
    void warmStartBeginsWhereTheEarlierModelLeftOff() {
        AutoencoderTrainer trainer = new AutoencoderTrainer();
        DenseAutoencoder earlier;
        try (TrainedAutoencoder first = trainer.train(rows(4000, 2), CONFIG, Device.cpu())) {
            earlier = DenseAutoencoder.of(first);
        }
        assertTrue(earlier.fits(DIMENSION, CONFIG));
        float[][] newer = rows(1000, 3);
        trainer.train(newer, CONFIG.withEpochs(1), Device.cpu()).close();
        float coldFirstEpoch = trainer.lastReport().epochLosses().getFirst();
        trainer.train(newer, CONFIG.withEpochs(1), Device.cpu(), earlier).close();
        float warmFirstEpoch = trainer.lastReport().epochLosses().getFirst();
        assertTrue(warmFirstEpoch < coldFirstEpoch / 2, "warm " + warmFirstEpoch + " vs cold " + coldFirstEpoch);
    }

    @Test
    void aWarmStartWithNoTrainingStepScoresLikeTheEarlierModel() {
        float[][] rows = rows(2000, 1);
        try (TrainedAutoencoder trained = new AutoencoderTrainer().train(rows, CONFIG, Device.cpu())) {
            DenseAutoencoder weights = DenseAutoencoder.of(trained);
            try (TrainedAutoencoder copy = new AutoencoderTrainer().train(rows, new AutoencoderConfig(16, 4, 1, 64, 1e-12f, 7), Device.cpu(), weights)) {
                assertArrayEquals(trained.rowErrors(rows), copy.rowErrors(rows), 1e-4f);
            }
        }
    }

    @Test
    void theEpochListenerHearsEveryEpochWithItsLoss() {
        List<String> heard = new ArrayList<>();
        AutoencoderTrainer trainer = new AutoencoderTrainer().onEpoch((epoch, epochs, loss) -> heard.add(epoch + "/" + epochs + ":" + loss));
        trainer.train(rows(500, 6), CONFIG, Device.cpu()).close();
        List<Float> losses = trainer.lastReport().epochLosses();
        assertEquals(losses.size(), heard.size());
        assertEquals("1/" + losses.size() + ":" + losses.getFirst(), heard.getFirst());
        assertEquals(losses.size() + "/" + losses.size() + ":" + losses.getLast(), heard.getLast());
    }

    @Test
    void weightsOfAnotherShapeDoNotFitAndAreRefused() {
        DenseAutoencoder weights;
        try (TrainedAutoencoder trained = new AutoencoderTrainer().train(rows(500, 4), CONFIG, Device.cpu())) {
            weights = DenseAutoencoder.of(trained);
        }
        AutoencoderConfig wider = new AutoencoderConfig(CONFIG.hidden() * 2, CONFIG.bottleneck(), 1, 64, 0.01f, 7);
        assertFalse(weights.fits(DIMENSION, wider));
        assertFalse(weights.fits(DIMENSION + 3, CONFIG));
        IllegalArgumentException e = assertThrows(
            IllegalArgumentException.class,
            () -> new AutoencoderTrainer().train(rows(500, 4), wider, Device.cpu(), weights).close()
        );
        assertTrue(e.getMessage().contains("layer 0"), e.getMessage());
    }

    @Test
    void scoresRowsOfTheWrongWidthAsAnError() {
        try (TrainedAutoencoder trained = new AutoencoderTrainer().train(rows(500, 5), CONFIG, Device.cpu())) {
            assertThrows(IllegalArgumentException.class, () -> trained.rowErrors(new float[][] { new float[DIMENSION - 1] }));
        }
    }
}

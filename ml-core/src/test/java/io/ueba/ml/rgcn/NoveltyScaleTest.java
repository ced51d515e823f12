package io.ueba.ml.rgcn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoveltyScaleTest {

    /** Held-out anomalies 1, 2, ..., 100, shuffled. */
    private static float[] oneToAHundred() {
        float[] values = new float[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 37) % 100 + 1;
        }
        return values;
    }

    @Test
    void surpriseIsMinusTheLogOfTheShareOfHeldOutEdgesAtLeastAsAnomalous() {
        NoveltyScale scale = NoveltyScale.of(oneToAHundred());
        assertEquals(0, scale.surprise(0.5));
        assertEquals(0, scale.surprise(1));
        // 51 of 100 held-out anomalies are at or above 50, on a scale that starts at 0 for the smallest: ln(100 / 51)
        assertEquals(Math.log(100.0 / 51), scale.surprise(50), 1e-9);
        // the largest is as surprising as one in a hundred
        assertEquals(Math.log(100), scale.surprise(100), 1e-9);
    }

    @Test
    void pastTheLargestHeldOutAnomalySurpriseGrowsAlongTheTopTenthsExponentialTail() {
        NoveltyScale scale = NoveltyScale.of(oneToAHundred());
        // the top tenth is 91..100: its mean excess over 91 is 4.5
        assertEquals(4.5, scale.tailScale(), 1e-9);
        assertEquals(Math.log(100) + 9 / 4.5, scale.surprise(109), 1e-9);
    }

    @Test
    void surpriseNeverFallsAsTheAnomalyGrows() {
        float[] values = new float[5000];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) -Math.log(random.nextDouble());
        }
        NoveltyScale scale = NoveltyScale.of(values);
        assertEquals(NoveltyScale.MAX_KNOTS, scale.knots().length);
        double previous = -1;
        for (double anomaly = 0; anomaly < 20; anomaly += 0.01) {
            double surprise = scale.surprise(anomaly);
            assertTrue(surprise >= previous, "surprise fell at " + anomaly);
            previous = surprise;
        }
    }

    @Test
    void tooFewHeldOutEdgesLeaveTheAnomalyAsItIs() {
        NoveltyScale scale = NoveltyScale.of(new float[] { 1, 2, 3 });
        assertSame(NoveltyScale.IDENTITY, scale);
        assertEquals(2.5, scale.surprise(2.5));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        NoveltyScale scale = NoveltyScale.of(oneToAHundred());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        scale.write(new DataOutputStream(bytes));
        NoveltyScale read = NoveltyScale.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(scale.knots(), read.knots());
        assertEquals(scale.surprise(77.7), read.surprise(77.7));
        assertEquals(scale.surprise(140), read.surprise(140));
    }
}

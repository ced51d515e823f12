package io.ueba.ml.threshold;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThresholdTest {

    private static final float[] ERRORS = { 5, 1, 4, 2, 3, 10, 6, 7, 8, 9 };

    @Test
    void quantileIsTheNearestRank() {
        assertEquals(9, Threshold.quantile(ERRORS, 0.9).value(), 1e-9);
        assertEquals(10, Threshold.quantile(ERRORS, 0.95).value(), 1e-9);
        assertEquals(1, Threshold.quantile(ERRORS, 0.01).value(), 1e-9);
    }

    @Test
    void meanPlusStd() {
        // mean 5.5, population std sqrt(8.25)
        assertEquals(5.5 + 2 * Math.sqrt(8.25), Threshold.meanPlusStd(ERRORS, 2).value(), 1e-6);
    }

    @Test
    void scoreIsErrorOverThreshold() {
        assertEquals(2.0, Threshold.quantile(ERRORS, 0.5).score(10), 1e-9);
    }

    @Test
    void refusesAQuantileOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Threshold.quantile(ERRORS, 1.0));
    }
}

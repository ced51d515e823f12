package io.ueba.ml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankingMetricsTest {

    @Test
    void perfectAndReversedRankings() {
        boolean[] labels = { false, false, true, true };
        assertEquals(1.0, RankingMetrics.rocAuc(new double[] { 0.1, 0.2, 0.8, 0.9 }, labels), 1e-12);
        assertEquals(0.0, RankingMetrics.rocAuc(new double[] { 0.9, 0.8, 0.2, 0.1 }, labels), 1e-12);
        assertEquals(1.0, RankingMetrics.averagePrecision(new double[] { 0.1, 0.2, 0.8, 0.9 }, labels), 1e-12);
    }

    @Test
    void mixedRankingByHand() {
        // scores 0.9(+) 0.8(-) 0.7(+) 0.1(-): pairs (+,-) ordered right: (0.9,0.8) (0.9,0.1) (0.7,0.1) = 3 of 4.
        double[] scores = { 0.9, 0.8, 0.7, 0.1 };
        boolean[] labels = { true, false, true, false };
        assertEquals(0.75, RankingMetrics.rocAuc(scores, labels), 1e-12);
        // precision at the positives' ranks: 1/1 and 2/3.
        assertEquals((1.0 + 2.0 / 3) / 2, RankingMetrics.averagePrecision(scores, labels), 1e-12);
    }

    @Test
    void tiesCountHalf() {
        assertEquals(0.5, RankingMetrics.rocAuc(new double[] { 0.5, 0.5 }, new boolean[] { true, false }), 1e-12);
    }

    @Test
    void needsBothClasses() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.rocAuc(new double[] { 1 }, new boolean[] { true }));
    }
}

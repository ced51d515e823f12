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
    void tiedScoresAreOneStepOfThePrecisionRecallCurve() {
        // 0.9(+), then three tied at 0.5: (+) (-) (-), then 0.1(+).
        double[] scores = { 0.9, 0.5, 0.5, 0.5, 0.1 };
        boolean[] labels = { true, true, false, false, true };
        // Steps: at 0.9 recall 1/3, precision 1/1; at 0.5 recall +1/3, precision 2/4; at 0.1 recall +1/3, precision 3/5.
        assertEquals(1.0 / 3 * 1 + 1.0 / 3 * 2 / 4 + 1.0 / 3 * 3 / 5, RankingMetrics.averagePrecision(scores, labels), 1e-12);
        // The same logins in another order inside the tie give the same number: ties are never broken by position.
        double[] reordered = { 0.9, 0.5, 0.5, 0.5, 0.1 };
        boolean[] reorderedLabels = { true, false, false, true, true };
        assertEquals(RankingMetrics.averagePrecision(scores, labels), RankingMetrics.averagePrecision(reordered, reorderedLabels), 1e-12);
    }

    @Test
    void recallAtAFalsePositiveRateStopsBeforeTheFirstStepOverIt() {
        // 4 positives, 10 negatives; ranked: + + (- +) - + then the rest negative.
        double[] scores = { 10, 9, 8, 8, 7, 6, 1, 1, 1, 1, 1, 1, 1, 1 };
        boolean[] labels = { true, true, false, true, false, true, false, false, false, false, false, false, false, false };
        // At 9: 2 of 4 found, 0 false; the tie at 8 adds one positive and one negative (FPR 0.1).
        assertEquals(0.5, RankingMetrics.recallAtFalsePositiveRate(scores, labels, 0.05), 1e-12);
        assertEquals(0.75, RankingMetrics.recallAtFalsePositiveRate(scores, labels, 0.1), 1e-12);
        assertEquals(1.0, RankingMetrics.recallAtFalsePositiveRate(scores, labels, 0.2), 1e-12);
    }

    @Test
    void theBestF1ThresholdByHand() {
        // 0.9(+) 0.8(-) 0.7(+) 0.1(-): at 0.9 P 1 R 1/2 F1 2/3; at 0.7 P 2/3 R 1 F1 0.8; at 0.1 P 1/2 R 1 F1 2/3.
        RankingMetrics.BestF1 best = RankingMetrics.bestF1(new double[] { 0.9, 0.8, 0.7, 0.1 }, new boolean[] { true, false, true, false });
        assertEquals(0.8, best.f1(), 1e-12);
        assertEquals(2.0 / 3, best.precision(), 1e-12);
        assertEquals(1.0, best.recall(), 1e-12);
        assertEquals(0.7, best.threshold(), 1e-12);
    }

    @Test
    void aNanScoreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.rocAuc(new double[] { Double.NaN, 1 }, new boolean[] { true, false }));
    }

    @Test
    void needsBothClasses() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.rocAuc(new double[] { 1 }, new boolean[] { true }));
    }
}

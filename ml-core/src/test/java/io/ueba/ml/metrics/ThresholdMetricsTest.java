package io.ueba.ml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThresholdMetricsTest {

    @Test
    void countsWhatTheThresholdFlagsByHand() {
        // Flagged (>= 1): 3.0(+) 1.0(-) 1.0(+); not flagged: 0.9(+) 0.2(-) 0.1(-).
        double[] scores = { 3.0, 1.0, 1.0, 0.9, 0.2, 0.1 };
        boolean[] labels = { true, false, true, true, false, false };
        ThresholdMetrics at = ThresholdMetrics.at(scores, labels, 1.0);
        assertEquals(new ThresholdMetrics(2, 1, 1, 2), at);
        assertEquals(2.0 / 3, at.precision(), 1e-12);
        assertEquals(2.0 / 3, at.recall(), 1e-12);
        assertEquals(2.0 / 3, at.f1(), 1e-12);
    }

    @Test
    void nothingFlaggedIsZeroPrecisionNotAnError() {
        ThresholdMetrics at = ThresholdMetrics.at(new double[] { 0.1, 0.2 }, new boolean[] { true, false }, 1.0);
        assertEquals(0.0, at.precision());
        assertEquals(0.0, at.recall());
        assertEquals(0.0, at.f1());
    }

    @Test
    void detectionMetricsGatherTheRankingAndTheThreshold() {
        double[] scores = { 0.9, 0.8, 0.7, 0.1 };
        boolean[] labels = { true, false, true, false };
        DetectionMetrics metrics = DetectionMetrics.of(scores, labels, 0.75);
        assertEquals(0.75, metrics.rocAuc(), 1e-12);
        assertEquals(0.5, metrics.atThreshold().precision(), 1e-12);
        assertEquals(0.5, metrics.recallAtOnePercentFpr(), 1e-12);
        assertEquals(2L, metrics.asMap().get("positives"));
        assertEquals(2L, metrics.asMap().get("negatives"));
        assertEquals(0.5, metrics.asMap().get("f1"));
    }
}

package io.ueba.ml.features;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CyclicTimeTest {

    @Test
    void sixInTheMorningIsAQuarterRound() {
        CyclicTime time = CyclicTime.of(Instant.parse("2026-11-23T06:00:00Z"));
        assertEquals(6.0, time.hourOfDay(), 1e-9);
        assertEquals(1.0, time.hourSin(), 1e-9);
        assertEquals(0.0, time.hourCos(), 1e-9);
    }

    @Test
    void midnightNeighboursAreClose() {
        CyclicTime before = CyclicTime.of(Instant.parse("2026-11-22T23:59:00Z"));
        CyclicTime after = CyclicTime.of(Instant.parse("2026-11-23T00:01:00Z"));
        double distance = Math.hypot(before.hourSin() - after.hourSin(), before.hourCos() - after.hourCos());
        assertTrue(distance < 0.01, "distance " + distance);
        assertTrue(Math.hypot(before.daySin() - after.daySin(), before.dayCos() - after.dayCos()) < 0.01);
    }

    @Test
    void weekendIsSaturdayAndSundayInUtc() {
        assertTrue(CyclicTime.of(Instant.parse("2026-11-22T12:00:00Z")).weekend());
        assertTrue(CyclicTime.of(Instant.parse("2026-11-21T00:00:00Z")).weekend());
        assertFalse(CyclicTime.of(Instant.parse("2026-11-23T00:00:00Z")).weekend());
    }

    @Test
    void hourDistanceWrapsAroundMidnight() {
        assertEquals(2.0, CyclicTime.hourDistance(23, 1), 1e-9);
        assertEquals(12.0, CyclicTime.hourDistance(0, 12), 1e-9);
        assertEquals(3.5, CyclicTime.hourDistance(9, 12.5), 1e-9);
    }
}

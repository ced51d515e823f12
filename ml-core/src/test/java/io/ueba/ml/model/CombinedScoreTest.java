package io.ueba.ml.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The combining rule on scores chosen so each case can be worked out by hand. */
class CombinedScoreTest {

    @Test
    void oneKindsScoreIsTheCombinedScore() {
        CombinedScore one = CombinedScore.of(List.of(new KindScore("a", 1.3, List.of("odd"), 5)));
        assertEquals(1.3, one.score());
        assertTrue(one.suspicious());
        assertEquals(List.of("a: odd"), one.explanation());
    }

    @Test
    void belowEveryThresholdTheLoginRanksByItsMostSuspiciousKindBelowOneHalf() {
        CombinedScore quiet = CombinedScore.of(List.of(new KindScore("a", 0.6, List.of(), 2), new KindScore("b", 0.8, List.of(), 0.5)));
        assertEquals(0.4, quiet.score(), 1e-12);
        assertFalse(quiet.suspicious());
        assertEquals("b", quiet.drivenBy());
        assertEquals(List.of(), quiet.explanation());
    }

    @Test
    void oneKindFarPastItsThresholdMakesTheLoginSuspiciousAlone() {
        // a: (5 - 1) / 2 = 2 tail units past; b: below; (1 + 2) / 2
        CombinedScore far = CombinedScore.of(List.of(new KindScore("a", 5, List.of("very odd"), 2), new KindScore("b", 0.3, List.of(), 1)));
        assertEquals(1.5, far.score(), 1e-12);
        assertTrue(far.suspicious());
        assertEquals("a", far.drivenBy());
        assertEquals(List.of("a: very odd"), far.explanation());
    }

    @Test
    void kindsALittlePastTheirThresholdsAddUpAndTheOneFurthestPastInItsTailsUnitsLeads() {
        // a: (1.4 - 1) / 0.5 = 0.8; b: (1.2 - 1) / 0.2 = 1.0; (1 + 1.8) / 2
        CombinedScore both = CombinedScore.of(List.of(new KindScore("a", 1.4, List.of("rare hour"), 0.5),
            new KindScore("b", 1.2, List.of("new pair"), 0.2)));
        assertEquals(1.4, both.score(), 1e-12);
        assertTrue(both.suspicious());
        assertEquals("b", both.drivenBy(), "b is further past its threshold in its tail's units, though its score is lower");
        assertEquals(List.of("b: new pair", "a: rare hour"), both.explanation());
    }

    @Test
    void aKindJustPastItsThresholdWithALongTailIsNotEnoughAlone() {
        // a: (1.5 - 1) / 4 = 0.125; (1 + 0.125) / 2
        CombinedScore barely = CombinedScore.of(List.of(new KindScore("a", 1.5, List.of("a little odd"), 4), new KindScore("b", 0.9, List.of(), 1)));
        assertEquals(0.5625, barely.score(), 1e-12);
        assertFalse(barely.suspicious());
        assertEquals(List.of("a: a little odd"), barely.explanation(), "the kind's own reasons are kept for an analyst who looks");
    }
}

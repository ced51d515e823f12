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
        CombinedScore one = CombinedScore.of(List.of(new KindScore("a", 1.3, List.of("odd"))));
        assertEquals(1.3, one.score());
        assertTrue(one.suspicious());
        assertEquals(List.of("a: odd"), one.explanation());
    }

    @Test
    void aKindFarPastItsThresholdCarriesKindsThatSeeLittle() {
        // (10 * 0.5 * 0.5)^(1/3) = 2.5^(1/3)
        CombinedScore far = CombinedScore.of(List.of(new KindScore("a", 10, List.of("very odd")), new KindScore("b", 0.5, List.of()),
            new KindScore("c", 0.5, List.of())));
        assertEquals(Math.cbrt(2.5), far.score(), 1e-12);
        assertTrue(far.suspicious());
        assertEquals("a", far.drivenBy());
        assertEquals(List.of("a: very odd"), far.explanation());
    }

    @Test
    void aKindJustPastItsThresholdIsNotEnoughAloneButKindsALittlePastAddUp() {
        // sqrt(1.2 * 0.5)
        CombinedScore barely = CombinedScore.of(List.of(new KindScore("a", 1.2, List.of("a little odd")), new KindScore("b", 0.5, List.of())));
        assertEquals(Math.sqrt(0.6), barely.score(), 1e-12);
        assertFalse(barely.suspicious());
        assertEquals(List.of("a: a little odd"), barely.explanation(), "the kind's own reasons are kept for an analyst who looks");

        // sqrt(1.2 * 1.5)
        CombinedScore both = CombinedScore.of(List.of(new KindScore("a", 1.2, List.of("rare hour")), new KindScore("b", 1.5, List.of("new pair"))));
        assertEquals(Math.sqrt(1.8), both.score(), 1e-12);
        assertTrue(both.suspicious());
        assertEquals("b", both.drivenBy());
        assertEquals(List.of("b: new pair", "a: rare hour"), both.explanation());
    }

    @Test
    void aKindThatCouldNotScoreTheLoginIsLeftOut() {
        CombinedScore withoutGraph = CombinedScore.of(List.of(new KindScore("a", 2, List.of("odd")), new KindScore("rgcn", 0, List.of())));
        assertEquals(2, withoutGraph.score(), 1e-12);
        CombinedScore none = CombinedScore.of(List.of(new KindScore("a", 0, List.of()), new KindScore("b", 0, List.of())));
        assertEquals(0, none.score());
        assertFalse(none.suspicious());
    }
}

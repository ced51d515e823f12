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
        assertEquals(20, CombinedScore.of(List.of(new KindScore("a", 20, List.of("very odd")))).score(), "one kind is not bounded");
    }

    @Test
    void aKindFarPastItsThresholdCarriesKindsThatSeeLittle() {
        // 10 is past the knee at 5 and counts as 5 * (1 + ln 2): (5 * (1 + ln 2) * 0.5 * 0.5)^(1/3)
        CombinedScore far = CombinedScore.of(List.of(new KindScore("a", 10, List.of("very odd")), new KindScore("b", 0.5, List.of()),
            new KindScore("c", 0.5, List.of())));
        assertEquals(Math.cbrt(1.25 * (1 + Math.log(2))), far.score(), 1e-12);
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
    void pastTheKneeAScoreGrowsByItsLogarithm() {
        assertEquals(5, CombinedScore.bounded(5), 1e-12);
        assertEquals(10, CombinedScore.bounded(5 * Math.E), 1e-12);
        assertEquals(15, CombinedScore.bounded(5 * Math.E * Math.E), 1e-12);
        assertTrue(CombinedScore.bounded(30) > CombinedScore.bounded(29), "the order is kept");
    }

    @Test
    void kindsThatAgreeOutrankOneKindFarPastItsThreshold() {
        // unbounded, (5e^2 * 1 * 1)^(1/3) = 3.33 would rank above (5 * 2 * 2)^(1/3) = 2.71; bounded, 5e^2 counts as 15
        CombinedScore oneFar = CombinedScore.of(List.of(new KindScore("a", 5 * Math.E * Math.E, List.of("new machine")),
            new KindScore("b", 1, List.of("a")), new KindScore("c", 1, List.of("b"))));
        CombinedScore allOdd = CombinedScore.of(List.of(new KindScore("a", 5, List.of("new machine")), new KindScore("b", 2, List.of("c")),
            new KindScore("c", 2, List.of("d"))));
        assertEquals(Math.cbrt(15), oneFar.score(), 1e-12);
        assertEquals(Math.cbrt(20), allOdd.score(), 1e-12);
        assertTrue(allOdd.score() > oneFar.score());
    }

    @Test
    void aKindThatFindsTheLoginUsualHoldsItDownAtTheFloor() {
        // the graph model at 0 (every link seen before) counts as 0.1: sqrt(2 * 0.1)
        CombinedScore knownLinks = CombinedScore.of(List.of(new KindScore("a", 2, List.of("odd")), new KindScore("rgcn", 0, List.of())));
        assertEquals(Math.sqrt(0.2), knownLinks.score(), 1e-12);
        assertFalse(knownLinks.suspicious());
        assertEquals(List.of("a: odd"), knownLinks.explanation());
    }

    @Test
    void aKindThatCouldNotScoreTheLoginIsLeftOut() {
        CombinedScore withoutGraph = CombinedScore.of(List.of(new KindScore("a", 2, List.of("odd")), KindScore.abstained("rgcn")));
        assertEquals(2, withoutGraph.score(), 1e-12);
        assertTrue(withoutGraph.suspicious());
        CombinedScore none = CombinedScore.of(List.of(KindScore.abstained("a"), KindScore.abstained("b")));
        assertEquals(0, none.score());
        assertFalse(none.suspicious());
    }
}

package io.ueba.ml.rgcn;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkValidationTest {

    private static final Triples HELD_OUT = new Triples(new int[] { 0 }, new int[] { 0 }, new int[] { 1 });
    private static final Triples CORRUPTED = new Triples(new int[] { 0 }, new int[] { 0 }, new int[] { 2 });

    private static ModelEmbeddings embeddings(float thirdNode) {
        return new ModelEmbeddings(1, new float[] { 1, 1, thirdNode }, new float[] { 1 });
    }

    @Test
    void ranksHeldOutEdgesAgainstCorruptedOnes() {
        LinkValidation measured = LinkValidation.of(embeddings(-1), HELD_OUT, CORRUPTED, 7).orElseThrow();
        assertEquals(1.0, measured.rocAuc());
        assertEquals(1.0, measured.averagePrecision());
        assertEquals(7, measured.epoch());
    }

    @Test
    void weightsThatOverflowedGiveNoMeasurement() {
        Optional<LinkValidation> measured = LinkValidation.of(embeddings(Float.NaN), HELD_OUT, CORRUPTED, 7);
        assertTrue(measured.isEmpty(), "a NaN logit is divergence, not a ranking: " + measured);
        assertTrue(LinkValidation.of(embeddings(Float.POSITIVE_INFINITY), HELD_OUT, CORRUPTED, 7).isEmpty());
    }
}

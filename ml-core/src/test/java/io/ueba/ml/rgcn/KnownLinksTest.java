package io.ueba.ml.rgcn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownLinksTest {

    private static final int LARGEST_NODE = (1 << 27) - 1;
    private static final int LARGEST_RELATION = (1 << 8) - 1;

    @Test
    void holdsExactlyTheEdgesItWasGivenWithTheirRelation() throws IOException {
        KnownLinks known = KnownLinks.of(new int[] { 5, 0, LARGEST_NODE }, new int[] { 2, 0, LARGEST_RELATION }, new int[] { 9, LARGEST_NODE, 0 });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        known.write(new DataOutputStream(bytes));
        KnownLinks read = KnownLinks.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (KnownLinks links : new KnownLinks[] { known, read }) {
            assertTrue(links.contains(5, 2, 9));
            assertTrue(links.contains(0, 0, LARGEST_NODE));
            assertTrue(links.contains(LARGEST_NODE, LARGEST_RELATION, 0));
            assertFalse(links.contains(9, 2, 5), "the other direction");
            assertFalse(links.contains(5, 1, 9), "another relation");
            assertFalse(links.contains(5, 2, 8), "another tail");
        }
    }
}

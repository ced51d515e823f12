package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameHashTest {

    @Test
    void hashesAreNonNegativeEqualForEqualNamesAndDistinctForSimilarOnes() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long hash = NameHash.of("ws-" + i);
            assertTrue(hash >= 0);
            seen.add(hash);
        }

        assertEquals(100_000, seen.size());
        assertEquals(NameHash.of("alice"), NameHash.of(new String("alice".toCharArray())));
    }

    @Test
    void aPrefixedNameHashesAsTheNameItSpells() {
        assertEquals(NameHash.of("host:ws-0233"), NameHash.of("host:", "ws-0233"));
        assertEquals(NameHash.of("ws-0233"), NameHash.of("", "ws-0233"));
        assertNotEquals(NameHash.of("host:ws-0233"), NameHash.of("ip:", "ws-0233"));
    }

    @Test
    void aPairDependsOnItsOrder() {
        long alice = NameHash.of("alice");
        long bob = NameHash.of("bob");

        assertNotEquals(NameHash.pair(alice, bob), NameHash.pair(bob, alice));
        assertTrue(NameHash.pair(alice, bob) >= 0);
    }

    @Test
    void aSequenceTellsWhereEachNameEndsAndANullFromAnEmptyName() {
        assertNotEquals(sequence("ab", "c"), sequence("a", "bc"));
        assertNotEquals(sequence("alice", null), sequence("alice", ""));
        assertNotEquals(sequence("alice", "ws-1"), sequence("ws-1", "alice"));
        assertEquals(sequence("alice", "ws-1"), sequence(new String("alice".toCharArray()), "ws-1"));
        assertTrue(sequence("alice", "ws-1") >= 0);
    }

    private static long sequence(String first, String second) {
        return NameHash.sequenceKey(NameHash.then(NameHash.then(NameHash.SEQUENCE_START, first), second));
    }
}

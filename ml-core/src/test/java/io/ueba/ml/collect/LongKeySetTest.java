package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongKeySetTest {

    @Test
    void holdsExactlyItsKeysWhenFullEnoughThatProbesCollide() {
        Random random = new Random(7);
        int count = 50_000;
        LongKeySet set = new LongKeySet(count);
        TreeSet<Long> truth = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            // keys from a narrow range, as packed edges of a small graph are
            long key = random.nextInt(3000) * 4096L + random.nextInt(3000);
            assertEquals(truth.add(key), set.add(key));
        }

        assertEquals(truth.size(), set.size());
        for (long key : truth) {
            assertTrue(set.contains(key), "key " + key);
        }
        int absent = 0;
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(3500) * 4096L + random.nextInt(3500);
            assertEquals(truth.contains(key), set.contains(key), "key " + key);
            absent += truth.contains(key) ? 0 : 1;
        }
        assertTrue(absent > 100_000, "mostly keys the set does not hold");
        assertArrayEquals(truth.stream().mapToLong(Long::longValue).toArray(), set.sorted());
    }

    @Test
    void anEmptySetHoldsNothingAndRefusesAKeyPastItsSizeOrNegative() {
        LongKeySet set = new LongKeySet(1);

        assertFalse(set.contains(0));
        assertThrows(IllegalArgumentException.class, () -> set.add(-1));
        set.add(5);
        assertThrows(IllegalStateException.class, () -> set.add(6));
    }
}

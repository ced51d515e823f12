package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LongIntTableTest {

    @Test
    void findsEveryValueItWasGivenAcrossGrowthAndNothingElse() {
        Random random = new Random(11);
        LongIntTable table = new LongIntTable(4);
        Map<Long, Integer> truth = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextLong() & Long.MAX_VALUE;
            if (truth.containsKey(key) == false) {
                truth.put(key, i);
                table.put(key, i);
            }
        }

        assertEquals(truth.size(), table.size());
        truth.forEach((key, value) -> assertEquals(value, table.get(key), "key " + key));
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextLong() & Long.MAX_VALUE;
            assertEquals(truth.getOrDefault(key, -1), table.get(key));
        }
    }

    @Test
    void refusesANegativeKeyWhichMarksAnEmptySlot() {
        LongIntTable table = new LongIntTable(4);

        assertThrows(IllegalArgumentException.class, () -> table.put(-1, 3));
    }

    @Test
    void aCapacityIsAPowerOfTwoThatKeepsTheTableAtMostSeventyPercentFull() {
        assertEquals(16, LongIntTable.capacity(0));
        assertEquals(16, LongIntTable.capacity(11));
        assertEquals(32, LongIntTable.capacity(12));
        assertEquals(1 << 24, LongIntTable.capacity(11_296_111));
    }
}

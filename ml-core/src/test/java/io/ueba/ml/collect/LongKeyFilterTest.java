package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LongKeyFilterTest {

    @Test
    void letsThroughEveryKeyAddedAndFewOfTheOthers() {
        Random random = new Random(11);
        int count = 100_000;
        LongKeyFilter filter = new LongKeyFilter(count);
        Set<Long> added = new HashSet<>();
        for (int i = 0; i < count; i++) {
            // packed edges of nearby nodes, whose keys differ in a few low bits
            long key = random.nextInt(20_000) * (1L << 36) + random.nextInt(8) * (1L << 28) + random.nextInt(20_000);
            added.add(key);
            filter.add(key);
        }
        for (long key : added) {
            assertTrue(filter.mightContain(key), "key " + key);
        }

        int absent = 0;
        int letThrough = 0;
        while (absent < 200_000) {
            long key = random.nextInt(20_000) * (1L << 36) + random.nextInt(8) * (1L << 28) + random.nextInt(20_000);
            if (added.contains(key) == false) {
                absent++;
                letThrough += filter.mightContain(key) ? 1 : 0;
            }
        }
        // 2^20 bits for 100,000 keys: with a well-mixed hash about 1 - exp(-100,000 / 2^20), 9%, of them are set, and
        // as many absent keys get through; a hash that kept the keys' clusters would let through far more
        double rate = letThrough / (double) absent;
        assertTrue(rate < 0.12, "absent keys let through: " + rate);
    }
}

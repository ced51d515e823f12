package io.ueba.ml.rarity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairCountsTest {

    @Test
    void surprisalIsTheSmoothedConditionalProbabilityByHand() {
        PairCounts.Counting counting = new PairCounts.Counting(100);
        counting.add("alice", "ws-1");
        counting.add("alice", "ws-1");
        counting.add("alice", "ws-2");
        counting.add("bob", "ws-3");
        PairCounts counts = counting.counts();
        // Three distinct values, plus one slot for a value never seen: V + 1 = 4.
        assertEquals(-Math.log((2 + 1.0) / (3 + 4)), counts.surprisal("alice", "ws-1", 1), 1e-12);
        assertEquals(-Math.log((1 + 1.0) / (3 + 4)), counts.surprisal("alice", "ws-2", 1), 1e-12);
        assertEquals(-Math.log((0 + 1.0) / (3 + 4)), counts.surprisal("alice", "ws-3", 1), 1e-12);
        assertEquals(-Math.log(0.5 / (3 + 0.5 * 4)), counts.surprisal("alice", "ws-9", 0.5), 1e-12);
        assertEquals(Math.log(4), counts.surprisal("carol", "ws-1", 1), 1e-12, "a context never seen: every value alike");
        assertTrue(counts.seen("alice", "ws-2"));
        assertFalse(counts.seen("bob", "ws-1"));
    }

    @Test
    void aFullTableCountsNoNewPairAtAllAndStaysConsistent() {
        PairCounts.Counting counting = new PairCounts.Counting(2);
        counting.add("alice", "ws-1");
        counting.add("alice", "ws-2");
        counting.add("alice", "ws-3");
        counting.add("alice", "ws-1");
        PairCounts counts = counting.counts();
        assertEquals(2, counts.size());
        assertFalse(counts.seen("alice", "ws-3"));
        assertEquals(-Math.log((2 + 1.0) / (3 + 3)), counts.surprisal("alice", "ws-1", 1), 1e-12, "ws-3 counted neither in alice's total nor as a value");
    }

    @Test
    void readsWhatItWrites() throws IOException {
        PairCounts.Counting counting = new PairCounts.Counting(100);
        counting.add("alice", "ws-1");
        counting.add("bob", "ws-2");
        PairCounts counts = counting.counts();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        counts.write(new DataOutputStream(bytes));
        PairCounts read = PairCounts.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (String[] pair : new String[][] { { "alice", "ws-1" }, { "alice", "ws-2" }, { "carol", "ws-1" } }) {
            assertEquals(counts.surprisal(pair[0], pair[1], 1), read.surprisal(pair[0], pair[1], 1), 0);
        }
        assertEquals(counts.size(), read.size());
    }
}

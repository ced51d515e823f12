package io.ueba.ml.collect;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossyMemoTest {

    @Test
    void givesBackWhatWasPutAndNaNForAKeyNeverPut() {
        LossyMemo memo = new LossyMemo(64);
        memo.put(7, 2.5);
        memo.put(1L << 40, -0.0);

        assertEquals(2.5, memo.get(7));
        assertEquals(-0.0, memo.get(1L << 40));
        assertTrue(Double.isNaN(memo.get(8)));
    }

    @Test
    void aKeyPutInAnotherKeysSlotReplacesIt() {
        LossyMemo memo = new LossyMemo(1);
        memo.put(7, 2.5);
        memo.put(8, 3.5);

        assertTrue(Double.isNaN(memo.get(7)), "a one-slot memo holds the last key only");
        assertEquals(3.5, memo.get(8));
    }

    @Test
    void eachThreadHasItsOwnTable() {
        LossyMemo memo = new LossyMemo(64);
        memo.put(7, 2.5);

        assertTrue(Double.isNaN(CompletableFuture.supplyAsync(() -> memo.get(7)).join()));
        assertEquals(2.5, memo.get(7));
    }

    @Test
    void roundsItsSlotsUpToAPowerOfTwoAndRefusesWhatItCouldNotTellFromAMiss() {
        assertEquals(1, new LossyMemo(1).capacity());
        assertEquals(16, new LossyMemo(16).capacity());
        assertEquals(32, new LossyMemo(17).capacity());
        assertThrows(IllegalArgumentException.class, () -> new LossyMemo(0));
        LossyMemo memo = new LossyMemo(16);
        assertThrows(IllegalArgumentException.class, () -> memo.put(3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> memo.put(-1, 1));
    }
}

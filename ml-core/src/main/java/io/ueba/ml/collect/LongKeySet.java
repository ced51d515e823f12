package io.ueba.ml.collect;

import java.util.Arrays;

/**
 * A set of non-negative longs (packed edges) of a size known up front, in open addressing over one primitive array as
 * full as a {@link LongIntTable}: a lookup reads a cache line or two, where a binary search over sorted keys reads
 * twenty at a million keys.
 */
public final class LongKeySet {

    private static final long EMPTY = -1;

    private final long[] slots;
    private final int maxSize;
    private int size;

    /** @param maxSize the most keys it will hold */
    public LongKeySet(int maxSize) {
        this.slots = new long[LongIntTable.capacity(maxSize)];
        this.maxSize = maxSize;
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the key; false when it was already in. */
    public boolean add(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("keys must not be negative, got " + key);
        }
        int mask = slots.length - 1;
        int slot = LongIntTable.slot(key, mask);
        while (slots[slot] != EMPTY) {
            if (slots[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        if (size == maxSize) {
            throw new IllegalStateException("the set was made for " + maxSize + " keys");
        }
        slots[slot] = key;
        size++;
        return true;
    }

    public boolean contains(long key) {
        int mask = slots.length - 1;
        for (int slot = LongIntTable.slot(key, mask); ; slot = (slot + 1) & mask) {
            if (slots[slot] == key) {
                return true;
            }
            if (slots[slot] == EMPTY) {
                return false;
            }
        }
    }

    public int size() {
        return size;
    }

    /** Its keys, in ascending order. */
    public long[] sorted() {
        long[] keys = new long[size];
        int at = 0;
        for (long slot : slots) {
            if (slot != EMPTY) {
                keys[at++] = slot;
            }
        }
        Arrays.sort(keys);
        return keys;
    }
}

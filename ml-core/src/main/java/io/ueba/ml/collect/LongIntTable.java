package io.ueba.ml.collect;

import java.util.Arrays;

/**
 * A map from non-negative longs (packed edges, hashed names) to ints, in open addressing over primitive arrays filled up
 * to 70%: millions of entries cost tens of megabytes, not the gigabytes of boxed keys in a hash map, and a lookup reads
 * one or two cache lines rather than a chain of objects. Not thread-safe while written; safe to read once published.
 */
public final class LongIntTable {

    static final double MAX_LOAD = 0.7;
    private static final long EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    public LongIntTable(int expected) {
        int capacity = capacity(expected);
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The power of two that holds this many keys within {@link #MAX_LOAD}. */
    public static int capacity(int keys) {
        int needed = (int) Math.max(16, Math.ceil(keys / MAX_LOAD));
        return Integer.highestOneBit(needed - 1) << 1;
    }

    public int size() {
        return size;
    }

    /** The value stored for the key, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores a value for a key that is not in the table. */
    public void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("keys must not be negative, got " + key);
        }
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        insert(key, value);
        size++;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Where a key's probe starts in a table of {@code mask + 1} slots. */
    public static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}

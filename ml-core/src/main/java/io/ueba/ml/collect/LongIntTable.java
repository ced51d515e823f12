package io.ueba.ml.collect;

/**
 * A map from non-negative longs (packed edges, hashed names) to ints, in open addressing over primitive arrays filled up
 * to 70%: millions of entries cost tens of megabytes, not the gigabytes of boxed keys in a hash map. Each slot keeps its
 * key and its value side by side in one array, so a lookup that finds its key at the first slot reads one cache line:
 * on the ingest path, where a login asks a dozen such tables and a large domain's tables are in memory, not in the
 * cache, a second array would be a second miss. Not thread-safe while written; safe to read once published.
 */
public final class LongIntTable {

    static final double MAX_LOAD = 0.7;
    private static final long EMPTY = -1;

    /** Slot {@code s}'s key at {@code 2 * s}, its value at {@code 2 * s + 1}. */
    private long[] slots;
    private int size;

    public LongIntTable(int expected) {
        slots = emptySlots(capacity(expected));
    }

    /** Slots of key and value side by side, as this table and {@link LossyMemo} lay them out, every key empty. */
    static long[] emptySlots(int capacity) {
        long[] slots = new long[2 * capacity];
        for (int s = 0; s < slots.length; s += 2) {
            slots[s] = EMPTY;
        }
        return slots;
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
        int mask = capacity() - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long found = slots[2 * slot];
            if (found == key) {
                return (int) slots[2 * slot + 1];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores a value for a key that is not in the table. */
    public void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("keys must not be negative, got " + key);
        }
        if (size + 1 > capacity() * MAX_LOAD) {
            grow();
        }
        insert(slots, key, value);
        size++;
    }

    private int capacity() {
        return slots.length / 2;
    }

    private static void insert(long[] slots, long key, long value) {
        int mask = slots.length / 2 - 1;
        int slot = slot(key, mask);
        while (slots[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
    }

    private void grow() {
        long[] old = slots;
        slots = emptySlots(2 * capacity());
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != EMPTY) {
                insert(slots, old[s], old[s + 1]);
            }
        }
    }

    /** Where a key's probe starts in a table of {@code mask + 1} slots. */
    public static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}

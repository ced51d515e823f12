package io.ueba.ml.collect;

/**
 * Remembers a few thousand doubles by non-negative long key (hashes of what they were computed from), for a scorer
 * whose result depends on a handful of names that repeat from login to login: the same user from the same machine to
 * the same server. A hit reads one cache line of a small table instead of the scorer's dozen lookups in tables that, at
 * a large domain's size, are in memory rather than in the cache. Each thread has a table of its own, so writes need no
 * lock and a reader never sees half an entry; a slot holds one key, and the last key put in it wins. Thread-safe. A
 * memo dropped with its model is not freed at once: each thread's table goes once the collector has cleared the memo
 * and that thread's {@link ThreadLocal} map next sweeps its stale entries, which it does as it sets new ones.
 */
public final class LossyMemo {

    private final int capacity;
    /** Per thread: slot {@code s}'s key at {@code 2 * s}, its value's bits at {@code 2 * s + 1}. */
    private final ThreadLocal<long[]> tables;

    /** @param capacity slots per thread, rounded up to a power of two */
    public LossyMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memo needs at least one slot, got " + capacity);
        }
        int power = Integer.highestOneBit(capacity);
        this.capacity = power < capacity ? power << 1 : power;
        this.tables = ThreadLocal.withInitial(() -> LongIntTable.emptySlots(this.capacity));
    }

    public int capacity() {
        return capacity;
    }

    /** The value this thread last put for the key, or NaN when it has none: a memo never stores NaN. */
    public double get(long key) {
        long[] table = tables.get();
        int slot = 2 * LongIntTable.slot(key, capacity - 1);
        return table[slot] == key ? Double.longBitsToDouble(table[slot + 1]) : Double.NaN;
    }

    /** Remembers the value for the key in this thread's table, in place of whatever its slot held. */
    public void put(long key, double value) {
        if (key < 0) {
            throw new IllegalArgumentException("keys must not be negative, got " + key);
        }
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a memo cannot tell a stored NaN from a miss");
        }
        long[] table = tables.get();
        int slot = 2 * LongIntTable.slot(key, capacity - 1);
        table[slot] = key;
        table[slot + 1] = Double.doubleToRawLongBits(value);
    }
}

package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A uniform random sample of at most {@code capacity} rows of a stream of unknown length, so training memory is
 * bounded whatever the number of logins. Capacity 0 keeps nothing.
 *
 * <p>Each row comes with a key that names what it was made from (see {@link LoginKey}), and the sample keeps the rows
 * whose seeded hash of the key is lowest (bottom-k sampling). So the sample, and the order {@link #rows()} gives it in,
 * depend on the seed and on which logins were offered, never on the order they came in: two runs over the same logins
 * train on the same rows, however the index hands them out.
 */
public final class Reservoir<T> {

    private record Kept<T>(long priority, T row) {}

    private final int capacity;
    private final long seed;
    /** The highest priority kept sits on top, first to go when a lower one comes. */
    private final PriorityQueue<Kept<T>> kept;

    public Reservoir(int capacity, long seed) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        this.capacity = capacity;
        this.seed = seed;
        this.kept = new PriorityQueue<>(Math.min(capacity, 1 << 16) + 1, Comparator.comparingLong((Kept<T> each) -> each.priority()).reversed());
    }

    public void offer(long key, T row) {
        if (capacity == 0) {
            return;
        }
        long priority = mix(key ^ mix(seed));
        if (kept.size() < capacity) {
            kept.add(new Kept<>(priority, row));
        } else if (priority < kept.peek().priority()) {
            kept.poll();
            kept.add(new Kept<>(priority, row));
        }
    }

    /** The rows kept, in the order of their hashes: a shuffle that the seed and the logins alone decide. */
    public List<T> rows() {
        List<Kept<T>> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingLong(Kept::priority));
        List<T> rows = new ArrayList<>(sorted.size());
        for (Kept<T> each : sorted) {
            rows.add(each.row());
        }
        return rows;
    }

    public int size() {
        return kept.size();
    }

    /** SplitMix64's finalizer: every bit of the key moves about half the bits of the result. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A uniform random sample of at most {@code capacity} rows of a stream of unknown length (Algorithm R), seeded for
 * repeatable runs, so training memory is bounded whatever the number of logins. Capacity 0 keeps nothing.
 */
public final class Reservoir {

    private final int capacity;
    private final Random random;
    private final List<float[]> rows = new ArrayList<>();
    private long seen;

    public Reservoir(int capacity, long seed) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        this.capacity = capacity;
        this.random = new Random(seed);
    }

    public void offer(float[] row) {
        seen++;
        if (rows.size() < capacity) {
            rows.add(row);
        } else if (capacity > 0) {
            long slot = (long) (random.nextDouble() * seen);
            if (slot < capacity) {
                rows.set((int) slot, row);
            }
        }
    }

    public List<float[]> rows() {
        return rows;
    }
}

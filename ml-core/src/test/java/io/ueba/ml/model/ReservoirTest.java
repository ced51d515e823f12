package io.ueba.ml.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReservoirTest {

    private static List<float[]> sampled(List<Integer> order, int capacity, long seed) {
        Reservoir<float[]> reservoir = new Reservoir<>(capacity, seed);
        for (int value : order) {
            reservoir.offer(value, new float[] { value });
        }
        return reservoir.rows();
    }

    private static List<Integer> numbers(int count) {
        List<Integer> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static List<Integer> values(List<float[]> rows) {
        return rows.stream().map(row -> (int) row[0]).toList();
    }

    @Test
    void theSampleAndItsOrderDoNotDependOnTheOrderRowsCameIn() {
        List<Integer> order = numbers(10_000);
        List<Integer> first = values(sampled(order, 500, 42));
        Collections.shuffle(order, new Random(7));
        List<Integer> shuffled = values(sampled(order, 500, 42));

        assertEquals(500, first.size());
        assertEquals(first, shuffled);
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        List<Integer> order = numbers(10_000);
        assertNotEquals(values(sampled(order, 500, 42)), values(sampled(order, 500, 43)));
    }

    @Test
    void everyRowHasTheSameChanceOfBeingKept() {
        int rows = 20_000;
        int capacity = 2_000;
        int firstHalfKept = 0;
        int trials = 20;
        for (long seed = 0; seed < trials; seed++) {
            firstHalfKept += (int) values(sampled(numbers(rows), capacity, seed)).stream().filter(value -> value < rows / 2).count();
        }
        double share = (double) firstHalfKept / (trials * capacity);
        assertTrue(Math.abs(share - 0.5) < 0.02, "share of the sample from the first half of the stream: " + share);
    }

    @Test
    void fewerRowsThanTheCapacityAreAllKept() {
        List<float[]> kept = sampled(List.of(3, 1, 2), 10, 1);
        assertEquals(List.of(1, 2, 3), values(kept).stream().sorted().toList());
    }

    @Test
    void capacityZeroKeepsNothing() {
        assertEquals(List.of(), sampled(List.of(1, 2, 3), 0, 1));
    }

    @Test
    void keyedRowsAreTheRowsOffered() {
        float[] row = { 1f, 2f };
        Reservoir<float[]> reservoir = new Reservoir<>(1, 5);
        reservoir.offer(9, row);
        assertArrayEquals(row, reservoir.rows().get(0));
    }
}

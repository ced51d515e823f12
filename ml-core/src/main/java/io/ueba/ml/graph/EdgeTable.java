package io.ueba.ml.graph;

import java.util.Arrays;

/**
 * Finds a distinct edge (head, relation, tail) by its packed key, in open addressing over primitive arrays: millions
 * of edges cost tens of megabytes, not the gigabytes of boxed keys in a hash map.
 */
final class EdgeTable {

    static final int MAX_NODES = 1 << 28;
    static final int MAX_RELATIONS = 1 << 8;
    private static final long EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    EdgeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    static long key(int head, int relation, int tail) {
        return ((long) head << 36) | ((long) relation << 28) | tail;
    }

    int size() {
        return size;
    }

    /** The value stored for the edge, or -1. */
    int get(long key) {
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

    /** Stores a value for an edge that is not in the table. */
    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
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

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}

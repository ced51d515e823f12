package io.ueba.ml.collect;

/**
 * 63-bit hashes of names, and of pairs of them, as non-negative keys of a {@link LongIntTable}: a lookup by hash reads
 * the table's arrays and never the names. Two names of a table share a hash with a probability near n^2 / 2^64, about
 * one in ten million for a million names; such a pair would share its counts. Kept in memory only: what is stored
 * is the names.
 */
public final class NameHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private NameHash() {}

    /** FNV-1a over the name's UTF-16 units, then mixed so that every bit of the name moves every bit of the hash. */
    public static long of(String name) {
        return mix(fnv(FNV_OFFSET, name)) & Long.MAX_VALUE;
    }

    /** The hash of {@code prefix + name}, without making that string. */
    public static long of(String prefix, String name) {
        return mix(fnv(fnv(FNV_OFFSET, prefix), name)) & Long.MAX_VALUE;
    }

    /** Where a {@link #then} sequence starts. */
    public static final long SEQUENCE_START = FNV_OFFSET;

    /**
     * The sequence hashed so far, then this name (null allowed): the names of a login that a score depends on, in a
     * fixed order, become one {@link #sequenceKey} without making a string of them. Each name ends with a unit that no
     * {@code char} has, so ("ab", "c") and ("a", "bc") differ, and null ends with another, so null and "" differ.
     */
    public static long then(long sequence, String name) {
        return name == null ? (sequence ^ 0x1_0000) * FNV_PRIME : (fnv(sequence, name) ^ 0x1_0001) * FNV_PRIME;
    }

    /** The sequence's hash, mixed, as a non-negative key. */
    public static long sequenceKey(long sequence) {
        return mix(sequence) & Long.MAX_VALUE;
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** The hash of an ordered pair: (a, b) and (b, a) differ. */
    public static long pair(long first, long second) {
        return mix(first * FNV_PRIME + Long.rotateLeft(second, 31)) & Long.MAX_VALUE;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb93fe53e4ec3L;
        hash ^= hash >>> 33;
        return hash;
    }
}

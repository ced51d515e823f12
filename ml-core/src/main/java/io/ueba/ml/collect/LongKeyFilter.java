package io.ueba.ml.collect;

/**
 * A bit per hashed key, set for every key added: a clear bit says a key was never added without reading the keys
 * themselves. Eight to sixteen bits a key, so at most about one absent key in eight finds its bit set by another and
 * must still be looked up.
 *
 * <p>For a set much larger than the processor's caches that is asked mostly about keys it does not hold: at ten
 * million edges a {@link LongKeySet} is 128 MB, and each lookup of a corrupted edge cost a cache and a TLB miss, while
 * the filter is 16 MB.
 */
public final class LongKeyFilter {

    private static final int BITS_PER_KEY = 8;

    private final long[] words;
    private final int mask;

    /** @param maxSize the most keys it will hold; more still work, with more absent keys let through */
    public LongKeyFilter(int maxSize) {
        // the power of two at or above BITS_PER_KEY a key, at most 2^30 (128 MB)
        long wanted = Math.max(64L, (long) maxSize * BITS_PER_KEY);
        int bits = (int) Math.min(1L << 30, Long.highestOneBit(wanted - 1) << 1);
        this.words = new long[bits >>> 6];
        this.mask = bits - 1;
    }

    public void add(long key) {
        int bit = bit(key);
        words[bit >>> 6] |= 1L << bit;
    }

    /** False when the key was never added; true when it was, or, rarely, when another key set its bit. */
    public boolean mightContain(long key) {
        int bit = bit(key);
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The high bits of a multiplicative hash, unrelated to the low bits {@link LongIntTable#slot} takes. */
    private int bit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 34) & mask;
    }
}

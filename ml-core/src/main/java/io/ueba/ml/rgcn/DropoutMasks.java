package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.SplittableRandom;

/**
 * Dropout's masks, drawn in Java from a seeded generator: 1 / (1 - rate) where a unit is kept, 0 where it is dropped.
 * Each unit is dropped with probability {@code rate} rounded to a multiple of 1/65,536, from 16 bits of a draw. The
 * scale is in the mask, which needs no gradient, rather than in a product of its own.
 *
 * <p>The engine's own uniform sampler runs on one thread, about 3.5 ns a unit: at a 40,000-edge slice the two masks
 * of a step were 7% of its time, with the other thread idle. Here four units come from one 64-bit draw, and the engine
 * only widens the bytes and scales them, on both threads.
 */
final class DropoutMasks {

    private static final int UNITS_PER_DRAW = 4;
    private static final int BITS_PER_UNIT = 16;

    private final float keptScale;
    private final int dropBelow;
    private final SplittableRandom random;
    private final EngineArrays arrays;
    private byte[] kept = new byte[0];

    DropoutMasks(double rate, long seed, EngineArrays arrays) {
        this.keptScale = (float) (1 / (1 - rate));
        this.dropBelow = (int) Math.round(rate * (1 << BITS_PER_UNIT));
        this.random = new SplittableRandom(seed);
        this.arrays = arrays;
    }

    /** A fresh mask of this shape, attached to {@code step}. */
    NDArray next(NDManager step, Shape shape) {
        int units = Math.toIntExact(shape.size());
        if (kept.length < units) {
            kept = new byte[units];
        }
        for (int unit = 0; unit < units; unit += UNITS_PER_DRAW) {
            long draw = random.nextLong();
            for (int i = unit; i < Math.min(units, unit + UNITS_PER_DRAW); i++) {
                kept[i] = (byte) ((draw & 0xFFFF) < dropBelow ? 0 : 1);
                draw >>>= BITS_PER_UNIT;
            }
        }
        try (NDArray flags = arrays.bytes(step, shape, kept)) {
            return flags.toType(DataType.FLOAT32, false).muli(keptScale);
        }
    }
}

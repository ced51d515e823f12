package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/**
 * Makes engine arrays from Java numbers through one direct buffer, reused: the numbers are written into it and the
 * engine copies them into an array of its own, freed when that array closes. Not thread-safe: one per training run.
 *
 * <p>Made from a Java array instead, each engine array cost a Java array and a direct buffer of its own. Past half a
 * heap region (512 KiB at a 1 GiB heap: 64,000 indices) the Java array was a humongous allocation, and with the graph
 * holding most of the heap each one could start a concurrent marking cycle: at ten million edges the collector marked
 * through whole epochs in some runs, on one of the two cores the engine runs on. And the direct buffers, which the
 * engine array wraps, went back to the system only once a collection found them.
 */
final class EngineArrays {

    private ByteBuffer buffer = ByteBuffer.allocateDirect(0);

    /** Indices (int64), as many as {@code values}. */
    NDArray indices(NDManager manager, int[] values) {
        return indices(manager, new Shape(values.length), i -> values[i]);
    }

    /** Indices (int64) of this shape, row after row, the i-th {@code value.applyAsLong(i)}. */
    NDArray indices(NDManager manager, Shape shape, IntToLongFunction value) {
        int count = Math.toIntExact(shape.size());
        ByteBuffer bytes = buffer(count * Long.BYTES);
        LongBuffer longs = bytes.asLongBuffer();
        for (int i = 0; i < count; i++) {
            longs.put(i, value.applyAsLong(i));
        }
        return copied(manager, bytes, shape, DataType.INT64);
    }

    /** {@code count} floats, the i-th {@code value.applyAsDouble(i)} rounded to a float. */
    NDArray floats(NDManager manager, int count, IntToDoubleFunction value) {
        ByteBuffer bytes = buffer(count * Float.BYTES);
        FloatBuffer floats = bytes.asFloatBuffer();
        for (int i = 0; i < count; i++) {
            floats.put(i, (float) value.applyAsDouble(i));
        }
        return copied(manager, bytes, new Shape(count), DataType.FLOAT32);
    }

    /** Unsigned bytes of this shape, row after row, the first {@code shape.size()} of {@code values}. */
    NDArray bytes(NDManager manager, Shape shape, byte[] values) {
        int count = Math.toIntExact(shape.size());
        ByteBuffer bytes = buffer(count);
        bytes.put(0, values, 0, count);
        return copied(manager, bytes, shape, DataType.UINT8);
    }

    private static NDArray copied(NDManager manager, ByteBuffer bytes, Shape shape, DataType type) {
        try (NDArray wrapping = manager.create(bytes, shape, type)) {
            return wrapping.duplicate();
        }
    }

    private ByteBuffer buffer(int bytes) {
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocateDirect(Math.max(bytes, buffer.capacity() * 2));
        }
        return buffer.slice(0, bytes).order(ByteOrder.nativeOrder());
    }
}

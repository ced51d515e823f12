package io.ueba.ml.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Gives the C allocator's free memory back to the system, where the allocator is glibc's ({@code malloc_trim}).
 *
 * <p>The engine's arrays come from the C heap. A training step's arrays are freed when the step ends, and glibc keeps
 * that memory to serve the next step, which is what makes steps fast; but arrays larger than its mapping threshold
 * (such as a whole graph's node states) are mapped on their own and cannot reuse it, so before such a pass the kept
 * memory is handed back rather than held beside it. Without glibc, or without JNA (which OpenSearch core provides
 * inside a node), this does nothing, and training holds that memory a little longer.
 */
public final class NativeHeap {

    private interface C extends Library {
        int malloc_trim(long pad);
    }

    private static final C LIBC = load();

    private NativeHeap() {}

    private static C load() {
        try {
            return Native.load("c", C.class);
        } catch (LinkageError | RuntimeException e) {
            // no JNA, no C library it can open, or a policy that forbids it: training only keeps more memory
            return null;
        }
    }

    /** @return whether the allocator was asked; false where there is no {@code malloc_trim} */
    public static boolean trim() {
        if (LIBC == null) {
            return false;
        }
        try {
            LIBC.malloc_trim(0);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}

package io.ueba.ml.rgcn;

import ai.djl.pytorch.jni.JniUtils;

import java.util.function.Supplier;

/**
 * Engine work with gradient tracking off on this thread, the thread's mode restored after. Tracking is per thread, and
 * off only on the thread that loaded the engine: work that recorded its operations would keep every intermediate
 * array alive for a backward pass that never comes.
 */
final class WithoutGradients {

    private WithoutGradients() {}

    static <T> T get(Supplier<T> work) {
        boolean tracking = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            return work.get();
        } finally {
            JniUtils.setGradMode(tracking);
        }
    }

    static void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }
}

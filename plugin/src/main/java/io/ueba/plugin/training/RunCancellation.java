package io.ueba.plugin.training;

/** Asked by a run as it goes, and once more just before it publishes, whether it should stop. */
@FunctionalInterface
public interface RunCancellation {

    /** A run nothing cancels: one asked for through {@code _train}, which its caller waits for. */
    RunCancellation NEVER = fresh -> null;

    /**
     * Why the run must stop now; null while it may go on.
     *
     * @param fresh whether to ask now rather than take an answer a moment old: the last check before publishing is
     */
    String reason(boolean fresh);

    /** @throws RunCancelledException when the run must stop */
    default void check() {
        throwIf(reason(false));
    }

    /** @throws RunCancelledException when the run must stop, as known right now */
    default void checkBeforePublishing() {
        throwIf(reason(true));
    }

    private static void throwIf(String reason) {
        if (reason != null) {
            throw new RunCancelledException(reason);
        }
    }
}

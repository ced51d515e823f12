package io.ueba.plugin.training;

/** A run was told to stop (its job was deleted or stopped): it publishes nothing. */
public final class RunCancelledException extends RuntimeException {

    public RunCancelledException(String reason) {
        super(reason);
    }
}

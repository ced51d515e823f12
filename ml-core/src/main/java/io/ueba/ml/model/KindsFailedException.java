package io.ueba.ml.model;

import java.util.List;
import java.util.stream.Collectors;

/** Kinds failed to train where the caller needs them: the message gives each one's reason, and their causes are suppressed in it. */
public final class KindsFailedException extends RuntimeException {

    KindsFailedException(String outcome, List<KindFailure> failures) {
        super(outcome + ": " + failures.stream().map(failure -> failure.kind() + ": " + failure.reason()).collect(Collectors.joining("; ")));
        failures.forEach(failure -> addSuppressed(failure.cause()));
    }
}

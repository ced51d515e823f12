package io.ueba.ml.model;

/**
 * A kind whose training failed in a run: the run publishes the kinds that trained, without this one.
 *
 * @param cause what the kind's trainer threw
 */
public record KindFailure(String kind, Exception cause) {

    /** Why, in words: the cause's message, or its type when it has none. */
    public String reason() {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

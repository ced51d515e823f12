package io.ueba.ml.login;

import java.util.Locale;

/** Whether a login attempt succeeded, as ECS {@code event.outcome} says it. */
public enum LoginOutcome {
    SUCCESS,
    FAILURE,
    UNKNOWN;

    /** The ECS value: {@code success}, {@code failure} or {@code unknown}. */
    public String ecsValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads an ECS value, ignoring case; anything else is an {@link IllegalArgumentException} naming the value. */
    public static LoginOutcome fromEcs(String value) {
        for (LoginOutcome outcome : values()) {
            if (outcome.ecsValue().equalsIgnoreCase(value)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("[" + value + "] is not an outcome: expected success, failure or unknown");
    }
}

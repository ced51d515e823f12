package io.ueba.ml.login;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whether a login attempt succeeded, as ECS {@code event.outcome} says it. */
public enum LoginOutcome {
    SUCCESS("success", "succeeded", "true", "t"),
    FAILURE("failure", "fail", "failed", "false", "f"),
    UNKNOWN("unknown");

    private static final Map<String, LoginOutcome> BY_WORD = new HashMap<>();

    static {
        for (LoginOutcome outcome : values()) {
            outcome.words.forEach(word -> BY_WORD.put(word, outcome));
        }
    }

    private final List<String> words;

    LoginOutcome(String... words) {
        this.words = List.of(words);
    }

    /** The words logs say this outcome with, lowercase: the ECS value first, then what other logs write. */
    public List<String> words() {
        return words;
    }

    /** The outcome a log's word says, ignoring case; null for a word that says none. */
    public static LoginOutcome ofWord(String word) {
        return BY_WORD.get(word.toLowerCase(Locale.ROOT));
    }

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

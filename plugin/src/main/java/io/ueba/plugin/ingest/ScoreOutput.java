package io.ueba.plugin.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When {@code ueba_login_score} writes each kind's own score under {@code ueba.scores.<kind>}, its {@code write_scores}
 * option. The combined {@code ueba.score} is always written; each kind's part is what an analyst reads to see which
 * kind found a login odd, and every field written costs ingest rate, so by default only suspicious logins carry them.
 */
enum ScoreOutput {

    ALWAYS,
    /** Only for a login whose combined score reaches the threshold. The default. */
    SUSPICIOUS,
    NEVER;

    static final String OPTION = "write_scores";

    /** @return null for a name that is not one of these */
    static ScoreOutput named(String name) {
        return Arrays.stream(values()).filter(output -> output.optionValue().equals(name)).findFirst().orElse(null);
    }

    static String optionValues() {
        return Arrays.stream(values()).map(ScoreOutput::optionValue).collect(Collectors.joining(", "));
    }

    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean writes(boolean suspicious) {
        return this == ALWAYS || (this == SUSPICIOUS && suspicious);
    }
}

package io.ueba.plugin.ingest;

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

    boolean writes(boolean suspicious) {
        return this == ALWAYS || (this == SUSPICIOUS && suspicious);
    }
}

package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;

/**
 * A pair of a login's attributes whose rarity the rarity kind learns: how likely the value is given the context,
 * p(value | context), over the window's logins. Each reads both from the login's features, and returns null for an
 * attribute the login does not have, so that a pair is never learned from, or scored on, what a log did not say.
 */
sealed interface LoginPair permits RarityPair, FieldPair {

    /** What the value is conditioned on; null when the login does not say. */
    String context(LoginFeatures login);

    /** The value; null when the login does not say. */
    String value(LoginFeatures login);

    /** Whether it reads the login's time, so that a scorer must look it up for every login rather than remember it. */
    default boolean readsTime() {
        return false;
    }

    /** The reason an analyst reads: a pair never seen in the window, or one seen rarely. */
    String reason(boolean neverSeen);

    /** The name its table is stored under. */
    String storedName();

    /** The pair a stored table's name stands for. */
    static LoginPair ofStoredName(String name) {
        FieldPair field = FieldPair.ofStoredName(name);
        return field != null ? field : RarityPair.valueOf(name);
    }
}

package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;

/** One pair's counts, as a rarity model learned them. */
record PairTable(LoginPair pair, PairCounts counts) {

    /** The login's surprisal on this pair, or NaN when the login does not say both of its attributes. */
    double surprisal(LoginFeatures login, double smoothing) {
        String context = pair.context(login);
        String value = context == null ? null : pair.value(login);
        return value == null ? Double.NaN : counts.surprisal(context, value, smoothing);
    }

    /** Why the pair stands out for a login it scores: a pair never seen in the window, or one seen rarely. */
    String reason(LoginFeatures login) {
        return pair.reason(counts.seen(pair.context(login), pair.value(login)) == false);
    }
}

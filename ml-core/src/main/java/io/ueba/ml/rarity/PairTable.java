package io.ueba.ml.rarity;

/** One pair's counts, as a rarity model learned them. */
record PairTable(LoginPair pair, PairCounts counts) {}

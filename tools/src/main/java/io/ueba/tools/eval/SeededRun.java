package io.ueba.tools.eval;

import java.util.List;

/**
 * The held-out logins as the models trained with one seed scored them.
 *
 * @param seed   the seed of every random choice in training: the sample of training logins and the autoencoder's
 *               initial weights and batch order
 * @param scored one scored login per held-out login, in their order
 */
public record SeededRun(long seed, List<ScoredLogin> scored) {}

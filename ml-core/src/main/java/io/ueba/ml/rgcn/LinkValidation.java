package io.ueba.ml.rgcn;

import io.ueba.ml.metrics.RankingMetrics;

import java.util.Optional;

/**
 * How well the model told held-out true edges from corrupted ones, at one epoch: the metrics early stopping follows
 * and the model's metadata keeps.
 */
record LinkValidation(int epoch, int edges, double rocAuc, double averagePrecision) {

    /** The measurement; empty when an edge's logit is not a finite number, which means the weights have diverged. */
    static Optional<LinkValidation> of(ModelEmbeddings embeddings, Triples heldOut, Triples corrupted, int epoch) {
        int size = heldOut.size() + corrupted.size();
        double[] scores = new double[size];
        boolean[] positive = new boolean[size];
        for (int i = 0; i < heldOut.size(); i++) {
            scores[i] = embeddings.logit(heldOut.heads()[i], heldOut.relations()[i], heldOut.tails()[i]);
            positive[i] = true;
        }
        for (int i = 0; i < corrupted.size(); i++) {
            scores[heldOut.size() + i] = embeddings.logit(corrupted.heads()[i], corrupted.relations()[i], corrupted.tails()[i]);
        }
        for (double score : scores) {
            if (Double.isFinite(score) == false) {
                return Optional.empty();
            }
        }
        return Optional.of(new LinkValidation(epoch, heldOut.size(), RankingMetrics.rocAuc(scores, positive),
            RankingMetrics.averagePrecision(scores, positive)));
    }
}

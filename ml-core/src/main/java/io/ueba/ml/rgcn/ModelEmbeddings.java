package io.ueba.ml.rgcn;

/**
 * One trained model's final node states and relation diagonals, {@code dim} floats each, in the graph's node and
 * relation order. An edge's logit is DistMult's {@code sum(head * relation * tail)}. Training measures its held-out
 * edges on these, by graph numbers; {@link LinkEmbeddings} puts the members of an ensemble behind the names a login
 * carries. Immutable.
 */
record ModelEmbeddings(int dim, float[] nodeStates, float[] relationDiagonals) {

    ModelEmbeddings {
        if (dim < 1 || nodeStates.length % dim != 0 || relationDiagonals.length % dim != 0) {
            throw new IllegalArgumentException("states of " + nodeStates.length + " and diagonals of " + relationDiagonals.length
                + " floats are not rows of " + dim);
        }
    }

    int nodes() {
        return nodeStates.length / dim;
    }

    int relations() {
        return relationDiagonals.length / dim;
    }

    double logit(int head, int relation, int tail) {
        int h = head * dim;
        int r = relation * dim;
        int t = tail * dim;
        double sum = 0;
        for (int j = 0; j < dim; j++) {
            sum += nodeStates[h + j] * relationDiagonals[r + j] * nodeStates[t + j];
        }
        return sum;
    }
}

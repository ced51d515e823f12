package io.ueba.ml.autoencoder;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/** A trained autoencoder: reconstructs login vectors and reports how far off each position of each row is. */
public final class TrainedAutoencoder implements AutoCloseable {

    private final Model model;
    private final int dimension;

    TrainedAutoencoder(Model model, int dimension) {
        this.model = model;
        this.dimension = dimension;
    }

    public int dimension() {
        return dimension;
    }

    /** Squared reconstruction error of every position of every row, in one forward pass. */
    public float[][] squaredErrors(float[][] rows) {
        for (float[] row : rows) {
            if (row.length != dimension) {
                throw new IllegalArgumentException("rows must have " + dimension + " features, got " + row.length);
            }
        }
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray input = scope.create(rows);
            NDArray output = model.getBlock().forward(new ParameterStore(scope, false), new NDList(input), false).singletonOrThrow();
            float[] flat = output.sub(input).square().toFloatArray();
            float[][] errors = new float[rows.length][dimension];
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(flat, r * dimension, errors[r], 0, dimension);
            }
            return errors;
        }
    }

    /** Mean squared reconstruction error of each row: the raw anomaly score. */
    public float[] rowErrors(float[][] rows) {
        float[][] errors = squaredErrors(rows);
        float[] means = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            float sum = 0;
            for (float error : errors[r]) {
                sum += error;
            }
            means[r] = sum / dimension;
        }
        return means;
    }

    @Override
    public void close() {
        model.close();
    }
}

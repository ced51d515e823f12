package io.ueba.ml.autoencoder;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
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

    Block block() {
        return model.getBlock();
    }

    /** Squared reconstruction error of every position of every row, in one forward pass. */
    public float[][] squaredErrors(float[][] rows) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            float[] flat = reconstructionError(scope, rows).square().toFloatArray();
            float[][] errors = new float[rows.length][dimension];
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(flat, r * dimension, errors[r], 0, dimension);
            }
            return errors;
        }
    }

    /** Mean squared reconstruction error of each row, reduced on the device: the raw anomaly score. */
    public float[] rowErrors(float[][] rows) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            return reconstructionError(scope, rows).square().mean(new int[] { 1 }).toFloatArray();
        }
    }

    private NDArray reconstructionError(NDManager scope, float[][] rows) {
        float[] flat = new float[rows.length * dimension];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != dimension) {
                throw new IllegalArgumentException("rows must have " + dimension + " features, got " + rows[r].length);
            }
            System.arraycopy(rows[r], 0, flat, r * dimension, dimension);
        }
        // One copy into native memory for the whole batch: creating from float[][] copies row by row.
        NDArray input = scope.create(flat, new Shape(rows.length, dimension));
        NDArray output = model.getBlock().forward(new ParameterStore(scope, false), new NDList(input), false).singletonOrThrow();
        return output.sub(input);
    }

    @Override
    public void close() {
        model.close();
    }
}

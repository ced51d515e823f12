package io.ueba.ml.autoencoder;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

    /** A model from {@link #parameters()} of one with the same config and dimension, on the given device. */
    public static TrainedAutoencoder load(byte[] parameters, int dimension, AutoencoderConfig config, Device device) {
        Model model = Model.newInstance("login-autoencoder", device, "PyTorch");
        try {
            model.setBlock(AutoencoderTrainer.block(dimension, config));
            readParameters(model, parameters, dimension);
            return new TrainedAutoencoder(model, dimension);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The learned weights, for the model store and for warm starts. */
    public byte[] parameters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.getBlock().saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Initializes the model's block for the dimension, then overwrites its weights with the given ones. */
    static void readParameters(Model model, byte[] parameters, int dimension) {
        Block block = model.getBlock();
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, dimension));
        List<Shape> expected = shapes(block);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            block.loadParameters(model.getNDManager(), in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalArgumentException("the parameters do not fit an autoencoder of dimension " + dimension + ": " + e.getMessage(), e);
        }
        // DJL takes the saved shapes as they come; a model of another shape would only fail at its first forward pass.
        if (shapes(block).equals(expected) == false) {
            throw new IllegalArgumentException("the parameters have shapes " + shapes(block) + ", an autoencoder of dimension " + dimension
                + " and this config needs " + expected);
        }
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

    private static List<Shape> shapes(Block block) {
        List<Shape> shapes = new ArrayList<>();
        block.getParameters().values().forEach(parameter -> shapes.add(parameter.getArray().getShape()));
        return shapes;
    }

    @Override
    public void close() {
        model.close();
    }
}

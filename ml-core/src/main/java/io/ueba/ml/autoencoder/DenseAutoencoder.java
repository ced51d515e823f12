package io.ueba.ml.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained autoencoder's weights copied into plain arrays, for scoring one login at a time on the ingest path: a
 * few thousand multiply-adds in Java cost less than the native calls of a one-row forward pass through the engine.
 * Immutable and thread-safe; batches of many rows go through {@link TrainedAutoencoder} instead.
 */
public final class DenseAutoencoder {

    /**
     * One fully connected layer, {@code out = W * in + bias}, ReLU after every layer but the last. The weights are kept
     * by input ({@code byInput[i][o]} is {@code W[o][i]}) so that a forward pass adds the inputs' columns to the outputs:
     * loops the JIT vectorizes, and that skip the many inputs that are zero (the one-hot
     * features, and the units a ReLU switched off). Each column is an array of its own: the JIT does not vectorize the
     * same loop over an offset into one flat array, which might overlap the outputs.
     */
    private record Layer(int inputs, int outputs, float[][] byInput, float[] bias) {

        /** From the weights in output-major order ({@code W[o][i]} at {@code o * inputs + i}), as the engine and the stored form have them. */
        static Layer fromOutputMajor(int inputs, int outputs, float[] outputMajor, float[] bias) {
            float[][] byInput = new float[inputs][outputs];
            for (int o = 0; o < outputs; o++) {
                for (int i = 0; i < inputs; i++) {
                    byInput[i][o] = outputMajor[o * inputs + i];
                }
            }
            return new Layer(inputs, outputs, byInput, bias);
        }

        float[] outputMajor() {
            float[] outputMajor = new float[inputs * outputs];
            for (int i = 0; i < inputs; i++) {
                for (int o = 0; o < outputs; o++) {
                    outputMajor[o * inputs + i] = byInput[i][o];
                }
            }
            return outputMajor;
        }

        /**
         * The inputs that are not zero are listed first, without a branch: which hidden units a ReLU switched off is as
         * good as random, and a branch on each input mispredicts on about half of them. Their columns are then added
         * four at a time. A pass over the outputs is a short loop (8 to 70 floats) that costs about as much to enter as to
         * run, so a quarter of the passes, each doing four times the work, take less time.
         */
        float[] apply(float[] in, boolean relu) {
            int[] active = new int[inputs];
            int count = 0;
            for (int i = 0; i < inputs; i++) {
                active[count] = i;
                count += in[i] != 0 ? 1 : 0;
            }
            float[] out = bias.clone();
            int k = 0;
            for (; k + 4 <= count; k += 4) {
                int a = active[k], b = active[k + 1], c = active[k + 2], d = active[k + 3];
                addColumns(out, in[a], byInput[a], in[b], byInput[b], in[c], byInput[c], in[d], byInput[d]);
            }
            for (; k < count; k++) {
                float value = in[active[k]];
                float[] column = byInput[active[k]];
                for (int o = 0; o < outputs; o++) {
                    out[o] += value * column[o];
                }
            }
            if (relu) {
                for (int o = 0; o < outputs; o++) {
                    out[o] = Math.max(out[o], 0);
                }
            }
            return out;
        }

        private void addColumns(float[] out, float a, float[] columnA, float b, float[] columnB, float c, float[] columnC, float d, float[] columnD) {
            for (int o = 0; o < outputs; o++) {
                out[o] += a * columnA[o] + b * columnB[o] + c * columnC[o] + d * columnD[o];
            }
        }
    }

    private final List<Layer> layers;
    private final int dimension;

    private DenseAutoencoder(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        this.dimension = layers.getFirst().inputs();
    }

    /** Copies the weights of a trained model, which stays usable (and owned by the caller). */
    public static DenseAutoencoder of(TrainedAutoencoder model) {
        List<NDArray> arrays = new ArrayList<>();
        for (Pair<String, Parameter> parameter : model.block().getParameters()) {
            arrays.add(parameter.getValue().getArray());
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < arrays.size(); i += 2) {
            NDArray weight = arrays.get(i);
            int outputs = (int) weight.getShape().get(0);
            int inputs = (int) weight.getShape().get(1);
            layers.add(Layer.fromOutputMajor(inputs, outputs, weight.toFloatArray(), arrays.get(i + 1).toFloatArray()));
        }
        return new DenseAutoencoder(layers);
    }

    /** Whether these weights have the shape that the config gives an autoencoder of the dimension: a warm start needs it. */
    public boolean fits(int inputs, AutoencoderConfig config) {
        List<Integer> widths = List.of(config.hidden(), config.bottleneck(), config.hidden(), inputs);
        if (dimension != inputs || layers.size() != widths.size()) {
            return false;
        }
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).outputs() != widths.get(l)) {
                return false;
            }
        }
        return true;
    }

    /** Overwrites the weights of an initialized block of the same shape ({@link #fits}) with these. */
    void copyInto(Block block) {
        List<Parameter> parameters = block.getParameters().values();
        if (parameters.size() != 2 * layers.size()) {
            throw new IllegalArgumentException("the block has " + parameters.size() + " parameters, these weights " + 2 * layers.size());
        }
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            NDArray weight = parameters.get(2 * l).getArray();
            long[] expected = { layer.outputs(), layer.inputs() };
            if (Arrays.equals(weight.getShape().getShape(), expected) == false) {
                throw new IllegalArgumentException("layer " + l + " of the block is " + weight.getShape() + ", these weights are "
                    + Arrays.toString(expected));
            }
            weight.set(layer.outputMajor());
            parameters.get(2 * l + 1).getArray().set(layer.bias());
        }
    }

    /** Writes the layers' shapes and weights, for {@link #read}. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(layers.size());
        for (Layer layer : layers) {
            out.writeInt(layer.outputs());
            out.writeInt(layer.inputs());
            for (float weight : layer.outputMajor()) {
                out.writeFloat(weight);
            }
            for (float bias : layer.bias()) {
                out.writeFloat(bias);
            }
        }
    }

    /** Reads what {@link #write} wrote; consecutive layers must fit together. */
    public static DenseAutoencoder read(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 1) {
            throw new IOException("corrupt autoencoder: " + count + " layers");
        }
        List<Layer> layers = new ArrayList<>();
        int previousOutputs = -1;
        for (int l = 0; l < count; l++) {
            int outputs = in.readInt();
            int inputs = in.readInt();
            if (outputs < 1 || inputs < 1 || (previousOutputs != -1 && inputs != previousOutputs)) {
                throw new IOException("corrupt autoencoder: layer " + l + " is " + inputs + " -> " + outputs);
            }
            float[] outputMajor = new float[outputs * inputs];
            for (int w = 0; w < outputMajor.length; w++) {
                outputMajor[w] = in.readFloat();
            }
            float[] bias = new float[outputs];
            for (int o = 0; o < outputs; o++) {
                bias[o] = in.readFloat();
            }
            layers.add(Layer.fromOutputMajor(inputs, outputs, outputMajor, bias));
            previousOutputs = outputs;
        }
        if (previousOutputs != layers.getFirst().inputs()) {
            throw new IOException("corrupt autoencoder: it reads " + layers.getFirst().inputs() + " features and writes " + previousOutputs);
        }
        return new DenseAutoencoder(layers);
    }

    public int dimension() {
        return dimension;
    }

    /** Squared reconstruction error of each position of the row. */
    public float[] squaredErrors(float[] row) {
        if (row.length != dimension) {
            throw new IllegalArgumentException("rows must have " + dimension + " features, got " + row.length);
        }
        float[] activation = row;
        for (int l = 0; l < layers.size(); l++) {
            activation = layers.get(l).apply(activation, l < layers.size() - 1);
        }
        for (int i = 0; i < dimension; i++) {
            float error = activation[i] - row[i];
            activation[i] = error * error;
        }
        return activation;
    }

    /** Mean squared reconstruction error of the row: the same number {@link TrainedAutoencoder#rowErrors} gives. */
    public float rowError(float[] row) {
        float sum = 0;
        for (float error : squaredErrors(row)) {
            sum += error;
        }
        return sum / dimension;
    }
}

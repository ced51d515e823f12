package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The learned embedding of every node, trained row by row. A training step reads its subgraph's rows as an array of
 * their own, which the step's gradients reach; {@link #update} then takes an Adam step on those rows with their own
 * moments and writes the three back. Rows outside the step keep their weights and moments (a lazy Adam).
 *
 * <p>A dense table stepped by the optimiser cost a step at ten million edges a gradient the size of the whole table,
 * zero-filled, and Adam over every row, while a slice of 250,000 edges reaches about a third of the nodes. A step over
 * every node, in order, is the same arithmetic as the optimiser's own Adam on the table (DJL's update, with its bias
 * correction and clipping), which {@code NodeEmbeddingTableTest} checks.
 */
final class NodeEmbeddingTable {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final NDArray weights;
    private final NDArray means;
    private final NDArray variances;
    private final float learningRate;
    private final float clipGradient;
    private int updates;

    NodeEmbeddingTable(NDManager manager, NDArray initial, float learningRate, float clipGradient) {
        this.weights = initial;
        this.means = manager.zeros(initial.getShape(), DataType.FLOAT32);
        this.variances = manager.zeros(initial.getShape(), DataType.FLOAT32);
        this.learningRate = learningRate;
        this.clipGradient = clipGradient;
    }

    /**
     * The rows of these nodes, in their order, attached to {@code step}.
     *
     * @param trainable whether the step's gradients should reach them, for {@link #update}
     */
    NDArray rows(NDManager step, NDArray nodeIds, boolean trainable) {
        NDArray rows = RgcnNetwork.gather(step, weights, nodeIds);
        if (trainable) {
            rows.setRequiresGradient(true);
        }
        return rows;
    }

    /**
     * One Adam step on rows {@link #rows} gave for these nodes, from the gradient the backward pass left on them, written
     * back to the table with their moments. Each node may appear once.
     */
    void update(NDArray nodeIds, NDArray rows) {
        updates++;
        double meanCorrection = 1 - Math.pow(BETA1, updates);
        double varianceCorrection = 1 - Math.pow(BETA2, updates);
        float correctedRate = (float) (learningRate * Math.sqrt(varianceCorrection) / meanCorrection);
        NDManager step = rows.getManager();
        WithoutGradients.run(() -> {
            try (NDArray rowMeans = RgcnNetwork.gather(step, means, nodeIds);
                NDArray rowVariances = RgcnNetwork.gather(step, variances, nodeIds)) {
                JniUtils.adamUpdate((PtNDArray) rows, (PtNDArray) rows.getGradient(), (PtNDArray) rowMeans, (PtNDArray) rowVariances,
                    learningRate, correctedRate, 0f, 1f, clipGradient, BETA1, BETA2, EPSILON, false);
                NDIndex at = new NDIndex("{}", nodeIds);
                weights.set(at, rows);
                means.set(at, rowMeans);
                variances.set(at, rowVariances);
            }
        });
    }

    /** Frees the moments, which only {@link #update} reads: no update may follow. */
    void endTraining() {
        means.close();
        variances.close();
    }

    float[] toFloatArray() {
        return weights.toFloatArray();
    }

    void set(float[] values) {
        weights.set(values);
    }
}

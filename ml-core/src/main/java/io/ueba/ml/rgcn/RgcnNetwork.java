package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RGCN encoder and DistMult decoder, as engine arrays: a learned embedding per node plus a projection of its
 * features, then two relational graph convolutions (each relation's weights a learned mix of a few shared bases, a
 * self-loop, ReLU between the layers), and a diagonal relation matrix scoring each (head, relation, tail) as
 * {@code sum(h * r * t)}. Every array an operation makes is attached to the step's manager, so memory stays flat from
 * one step to the next. Not thread-safe.
 */
final class RgcnNetwork {

    static final int LAYERS = 2;
    private static final String NODE_EMBEDDING = "node_embedding";
    private static final float REGULARIZATION = 0.01f;
    private static final float CLIP_GRADIENT = 1f;

    private final int dim;
    private final int bases;
    private final int directedRelations;
    private final EngineArrays arrays;
    /** Null when the settings have no dropout. */
    private final DropoutMasks dropoutMasks;
    private final NodeEmbeddingTable nodeEmbeddings;
    private final Map<String, NDArray> parameters = new LinkedHashMap<>();
    private final Optimizer optimizer;
    /** The node rows the last training pass read, which {@link #step} updates; null after it. */
    private NDArray trainedNodeIds;
    private NDArray trainedNodeRows;

    /** @param arrays how the run makes engine arrays from Java numbers: its index arrays and dropout masks */
    RgcnNetwork(NDManager manager, int nodes, int features, int relations, RgcnSettings settings, EngineArrays arrays) {
        this.dim = settings.embeddingDim();
        this.bases = settings.bases();
        this.directedRelations = relations * 2;
        this.arrays = arrays;
        this.dropoutMasks = settings.dropout() > 0 ? new DropoutMasks(settings.dropout(), settings.seed(), arrays) : null;
        this.nodeEmbeddings = new NodeEmbeddingTable(manager,
            manager.randomNormal(0, (float) (1 / Math.sqrt(dim)), new Shape(nodes, dim), DataType.FLOAT32), (float) settings.learningRate(),
            CLIP_GRADIENT);
        // Starts small: the kind columns are shared by every node of a kind, and at full size they would make every
        // host look like every other, so that training first spends its epochs unlearning that.
        add("feature_projection", glorot(manager, features, dim, new Shape(features, dim)).muli(0.1f));
        for (int layer = 0; layer < LAYERS; layer++) {
            add("bases_" + layer, glorot(manager, dim, dim, new Shape(bases, dim, dim)));
            add("coefficients_" + layer, glorot(manager, directedRelations, bases, new Shape(directedRelations, bases)));
            add("self_" + layer, glorot(manager, dim, dim, new Shape(dim, dim)));
            add("bias_" + layer, manager.zeros(new Shape(dim)));
        }
        add("relation_diagonal", manager.randomNormal(1, 0.1f, new Shape(relations, dim), DataType.FLOAT32));
        this.optimizer = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
            .optClipGrad(CLIP_GRADIENT).build();
    }

    private void add(String name, NDArray array) {
        array.setRequiresGradient(true);
        parameters.put(name, array);
    }

    private static NDArray glorot(NDManager manager, int fanIn, int fanOut, Shape shape) {
        float limit = (float) Math.sqrt(6.0 / (fanIn + fanOut));
        return manager.randomUniform(-limit, limit, shape);
    }

    /**
     * The node states after both layers.
     *
     * <p>Each intermediate array is closed as soon as the next operation has read it. A manager otherwise keeps every
     * array of a step until the step ends, while autograd keeps only what its backward pass reads: at a quarter of a
     * million edges, the sums, masks and products nothing reads again were most of a step's memory.
     *
     * @param nodeIds  the graph's nodes (global ids, int64), in the order {@code blocks} number them
     * @param features their features, one row each
     */
    NDArray encode(NDManager step, Iterable<BlockTensors> blocks, NDArray nodeIds, NDArray features, boolean training) {
        NDArray own = nodeEmbeddings.rows(step, nodeIds, training);
        NDArray h;
        try (NDArray projected = in(step, features.matMul(parameters.get("feature_projection")))) {
            h = own.add(projected);
        }
        if (training) {
            trainedNodeIds = nodeIds;
            trainedNodeRows = own;
        } else {
            own.close();
        }
        for (int layer = 0; layer < LAYERS; layer++) {
            if (training && dropoutMasks != null) {
                try (NDArray input = h; NDArray keep = dropoutMasks.next(step, input.getShape())) {
                    h = input.mul(keep);
                }
            }
            NDArray stackedBases = in(step, parameters.get("bases_" + layer).reshape(bases, (long) dim * dim));
            NDArray weights = in(step, parameters.get("coefficients_" + layer).matMul(stackedBases)).reshape(directedRelations, dim, dim);
            NDArray next;
            try (NDArray self = h.matMul(parameters.get("self_" + layer))) {
                next = self.add(parameters.get("bias_" + layer));
            }
            for (BlockTensors block : blocks) {
                if (training) {
                    try (NDArray sum = next; NDArray received = messages(block, h, weights, step)) {
                        next = sum.add(received);
                    }
                } else {
                    // no gradients to keep: each block's products are freed once added, so a pass over a large
                    // graph holds one block's worth at a time
                    try (NDManager scope = step.newSubManager()) {
                        next.addi(messages(block, h, weights, scope));
                    }
                }
            }
            h.close();
            if (layer < LAYERS - 1) {
                try (NDArray sum = next) {
                    h = Activation.relu(sum);
                }
            } else {
                h = next;
            }
        }
        return h;
    }

    /** What the block's rows send, transformed by their relations' weights, summed onto their receivers. */
    private static NDArray messages(BlockTensors block, NDArray h, NDArray weights, NDManager scope) {
        NDList transformed = new NDList(block.relations().length);
        try (NDArray gathered = gather(scope, h, block.senders())) {
            NDList runs = gathered.split(block.cuts(), 0);
            for (int run = 0; run < runs.size(); run++) {
                try (NDArray ofRelation = in(scope, runs.get(run)); NDArray relationWeights = in(scope, weights.get(block.relations()[run]))) {
                    transformed.add(ofRelation.matMul(relationWeights));
                }
            }
        }
        NDArray sent = transformed.size() == 1 ? transformed.singletonOrThrow() : in(scope, NDArrays.concat(transformed));
        NDArray received = in(scope, block.scatter().matMul(sent));
        transformed.close();
        sent.close();
        return received;
    }

    /**
     * DistMult logits of a step's true triples and of their corruptions, from node states {@link #encode} made. A
     * corruption keeps its true edge's head and relation, or its relation and tail, so its logit is the dot product of
     * the replacing node's state with that shared half, {@code h * r} or {@code r * t}, taken for each edge's
     * corruptions at once: no array as large as the corruptions is made for the shared half or for the products, which
     * was most of a step's memory traffic.
     *
     * @return the true logits, then the corrupted ones in their order
     */
    NDList trainingLogits(NDManager step, NDArray states, Triples edges, NegativeSampler.Corruptions corruptions) {
        long count = edges.size();
        NDArray head = gather(step, states, arrays.indices(step, edges.heads()));
        NDArray tail = gather(step, states, arrays.indices(step, edges.tails()));
        NDArray relation = gather(step, parameters.get("relation_diagonal"), arrays.indices(step, edges.relations()));
        NDArray headRelation = head.mul(relation).reshape(count, dim, 1);
        NDArray relationTail = relation.mul(tail).reshape(count, dim, 1);
        NDArray trueLogits = dots(step, tail.reshape(count, 1, dim), headRelation);
        NDArray replacing = gather(step, states, arrays.indices(step, corruptions.replacements()))
            .reshape(count, corruptions.perEdge(), dim);
        NDArray headReplaced = step.create(corruptions.headReplaced());
        NDArray corrupted = NDArrays.where(headReplaced, dots(step, replacing, relationTail), dots(step, replacing, headRelation));
        return new NDList(trueLogits, corrupted);
    }

    /**
     * The rows of {@code table} at {@code indices} (int64), attached to {@code step}.
     *
     * <p>A gather along the rows with each index repeated across the row as a view, not an embedding lookup: the
     * engine's backward pass of a lookup adds each row's gradient with an operation of its own, while this gather's
     * adds them in one sorted pass (its kernel for an index repeated across the row). Measured on 500,000 rows of 32
     * from 200,000: backward 34 against 83 ms.
     */
    static NDArray gather(NDManager step, NDArray table, NDArray indices) {
        long rows = indices.size();
        try (NDArray column = indices.reshape(rows, 1);
            NDArray repeated = JniUtils.broadcast((PtNDArray) column, new Shape(rows, table.getShape().get(1)))) {
            return in(step, JniUtils.gather((PtNDArray) table, (PtNDArray) repeated, 0));
        }
    }

    /** Each edge's rows (edges x k x dim) dotted with its column (edges x dim x 1), flat. */
    private static NDArray dots(NDManager step, NDArray rows, NDArray columns) {
        return in(step, JniUtils.bmm((PtNDArray) rows, (PtNDArray) columns)).reshape(-1);
    }

    /**
     * Binary cross-entropy of true triples against corrupted ones, -log sigmoid(true) - log sigmoid(-corrupted) averaged,
     * plus a small penalty on the size of node states and relation diagonals, which otherwise grow until training
     * diverges.
     */
    NDArray loss(NDArray trueLogits, NDArray corruptedLogits, NDArray states) {
        NDArray all = NDArrays.concat(new NDList(Activation.softPlus(trueLogits.neg()), Activation.softPlus(corruptedLogits)));
        NDArray relationSize = in(states.getManager(), parameters.get("relation_diagonal").square()).mean();
        NDArray size = states.square().mean().add(relationSize);
        return all.mean().add(size.mul(scalar(states.getManager(), REGULARIZATION)));
    }

    /**
     * A constant for an operation autograd records, kept until the step's manager closes. DJL's operations with a Java
     * number make the number an engine array over a Java buffer and close it at once, while autograd keeps the tensor
     * for the backward pass: once the garbage collector frees the buffer, the gradient is read from freed memory.
     * Measured: the same seeded training diverged in one run of three and drifted in another; with no garbage collection,
     * or with every recorded constant made here, the three runs were identical.
     */
    private static NDArray scalar(NDManager step, float value) {
        return step.create(value);
    }

    /**
     * One Adam step from the gradients the last backward pass left, which it then clears; on the node embeddings, on the
     * rows of the nodes that pass encoded. Call before the manager of that pass closes.
     */
    void step() {
        nodeEmbeddings.update(trainedNodeIds, trainedNodeRows);
        trainedNodeIds = null;
        trainedNodeRows = null;
        for (Map.Entry<String, NDArray> parameter : parameters.entrySet()) {
            NDArray weight = parameter.getValue();
            NDArray gradient = weight.getGradient();
            optimizer.update(parameter.getKey(), weight, gradient);
            gradient.subi(gradient);
            gradient.close();
        }
    }

    /**
     * Frees what only training reads, the node embeddings' Adam moments (twice the table): the whole-graph pass that
     * publishes the states comes next, and at ten million edges it is the run's resident peak.
     */
    void endTraining() {
        nodeEmbeddings.endTraining();
    }

    /** The relations' diagonals, row after row. */
    float[] relationDiagonals() {
        return parameters.get("relation_diagonal").toFloatArray();
    }

    /** A copy of every weight, to come back to with {@link #restore}. */
    Map<String, float[]> snapshot() {
        Map<String, float[]> copy = new LinkedHashMap<>();
        copy.put(NODE_EMBEDDING, nodeEmbeddings.toFloatArray());
        parameters.forEach((name, array) -> copy.put(name, array.toFloatArray()));
        return copy;
    }

    void restore(Map<String, float[]> snapshot) {
        nodeEmbeddings.set(snapshot.get(NODE_EMBEDDING));
        parameters.forEach((name, array) -> array.set(snapshot.get(name)));
    }

    private static NDArray in(NDManager step, NDArray array) {
        array.attach(step);
        return array;
    }
}

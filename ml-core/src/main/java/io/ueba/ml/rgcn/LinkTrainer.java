package io.ueba.ml.rgcn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.ueba.ml.engine.NativeHeap;
import io.ueba.ml.graph.LoginGraph;
import io.ueba.ml.graph.NodeFeatures;
import io.ueba.ml.graph.RelationFamily;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Trains the RGCN on a login graph for link prediction and returns the node states and relation diagonals it
 * publishes. A share of the distinct edges is held out; every few epochs the model ranks them against corrupted
 * edges, and training stops once their average precision has not improved for a while, keeping the weights of the
 * best measurement. Up to {@code wholeGraphEdges} training edges, each epoch is one step over the whole graph; above,
 * an epoch is a step per random slice of {@code subgraphEdges} edges, each on the subgraph those edges make, so memory
 * is bounded by the slice, not the window.
 */
final class LinkTrainer {

    /**
     * Rows per block of message passing when the whole graph is encoded, which bounds that pass's memory: at 32 wide a
     * block's arrays are 16 MiB, small beside the pass's node states (140 MB each at ten million edges).
     */
    static final int INFERENCE_BLOCK_ROWS = 1 << 17;
    private static final int MIN_EDGES_TO_VALIDATE = 20;
    private static final int MAX_VALIDATION_EDGES = 50_000;

    /** Told after each epoch. */
    @FunctionalInterface
    interface EpochListener {
        void epochDone(int epoch, int maxEpochs, double loss);
    }

    /**
     * @param embeddings    the published states and diagonals
     * @param scales        each family's novelty scale, from the held-out edges
     * @param validation    held-out link prediction of the best epoch; null when the graph was too small to hold any out
     * @param epochs        epochs run
     * @param trainingNanos time in the epochs, validation excluded
     */
    record Result(ModelEmbeddings embeddings, Map<RelationFamily, NoveltyScale> scales, LinkValidation validation, int epochs,
        long trainingNanos) {}

    private final RgcnSettings settings;
    private final Device device;
    private final EpochListener listener;
    private final EngineArrays arrays = new EngineArrays();

    LinkTrainer(RgcnSettings settings, Device device, EpochListener listener) {
        this.settings = settings;
        this.device = device;
        this.listener = listener;
    }

    Result train(LoginGraph graph) {
        Engine.getEngine("PyTorch").setRandomSeed((int) settings.seed());
        try (NDManager root = NDManager.newBaseManager(device, "PyTorch")) {
            return train(graph, root);
        } finally {
            // the node keeps running after the run; what the steps freed goes back to the system, not to the next run
            NativeHeap.trim();
        }
    }

    private Result train(LoginGraph graph, NDManager root) {
        RgcnNetwork network = new RgcnNetwork(root, graph.nodeCount(), NodeFeatures.COUNT, graph.relationCount(), settings, arrays);
        NDArray features = root.create(graph.nodeFeatures(), new Shape(graph.nodeCount(), NodeFeatures.COUNT));
        NDArray nodeIds = root.arange(0, graph.nodeCount(), 1, DataType.INT64);
        // what the epochs need (the edges split and copied, the edge set, the best weights) is let go before the
        // whole graph passes through once more: at ten million edges, it would not fit beside that pass
        Fitted fitted = fit(network, graph, root, nodeIds, features);
        network.endTraining();
        Triples all = new Triples(graph.heads(), graph.relations(), graph.tails());
        ModelEmbeddings published = publish(network, inference(graph, all), root, nodeIds, features);
        return new Result(published, fitted.scales(), fitted.best(), fitted.epochs(), fitted.trainingNanos());
    }

    /**
     * What the epochs came to.
     *
     * @param best   the best held-out measurement; null when none was made
     * @param scales each family's novelty scale under the best measured states
     */
    private record Fitted(LinkValidation best, Map<RelationFamily, NoveltyScale> scales, int epochs, long trainingNanos) {}

    /** Runs the epochs with early stopping on held-out edges, and leaves the network at its best measured weights. */
    private Fitted fit(RgcnNetwork network, LoginGraph graph, NDManager root, NDArray nodeIds, NDArray features) {
        Triples all = new Triples(graph.heads(), graph.relations(), graph.tails());
        Random random = new Random(settings.seed());
        int[] order = shuffled(all.size(), random);
        int heldOut = all.size() < MIN_EDGES_TO_VALIDATE ? 0
            : (int) Math.min(MAX_VALIDATION_EDGES, Math.max(1, Math.round(all.size() * settings.validationFraction())));
        Triples validation = all.select(order, 0, heldOut);
        Triples training = all.select(order, heldOut, all.size());
        LoginGraph.EdgeSet known = graph.edgeSet();
        NegativeSampler sampler = new NegativeSampler(graph, known, settings.seed());
        NegativeSampler.Nodes everyNode = sampler.nodes(identity(graph.nodeCount()));
        Triples validationCorrupted = sampler.corrupt(validation, everyNode, 1).of(validation);
        boolean wholeGraph = training.size() <= settings.wholeGraphEdges();
        Subgraph whole = wholeGraph ? Subgraph.whole(graph, training, everyNode, arrays, root, nodeIds, features) : null;

        double bestPrecision = Double.NEGATIVE_INFINITY;
        LinkValidation best = null;
        Map<String, float[]> bestWeights = null;
        Map<RelationFamily, NoveltyScale> bestScales = Map.of();
        int stale = 0;
        int epoch = 0;
        long trainingNanos = 0;
        while (epoch < settings.maxEpochs() && stale < settings.patience()) {
            epoch++;
            long started = System.nanoTime();
            double loss = wholeGraph ? step(network, whole, sampler, root)
                : epochOverSlices(network, graph, training, sampler, root, features, random);
            trainingNanos += System.nanoTime() - started;
            if (Double.isFinite(loss) == false) {
                requireEarlierMeasurement(bestWeights, epoch);
                break;
            }
            listener.epochDone(epoch, settings.maxEpochs(), loss);
            if (heldOut > 0 && (epoch % settings.validateEvery() == 0 || epoch == settings.maxEpochs())) {
                // made for each measurement rather than kept: it is as large as the graph, and a few seconds
                // every validate_every epochs even at 10M edges
                ModelEmbeddings embeddings = publish(network, inference(graph, training), root, nodeIds, features);
                Optional<LinkValidation> validated = LinkValidation.of(embeddings, validation, validationCorrupted, epoch);
                if (validated.isEmpty()) {
                    // A finite loss can still come with states that overflow once the whole graph passes through.
                    requireEarlierMeasurement(bestWeights, epoch);
                    break;
                }
                LinkValidation measured = validated.get();
                if (measured.averagePrecision() > bestPrecision) {
                    bestPrecision = measured.averagePrecision();
                    best = measured;
                    bestWeights = network.snapshot();
                    bestScales = noveltyScales(graph, embeddings, validation);
                    stale = 0;
                } else {
                    stale++;
                }
            }
        }
        if (bestWeights != null) {
            network.restore(bestWeights);
        }
        return new Fitted(best, bestScales, epoch, trainingNanos);
    }

    /**
     * Each family's scale, from the anomalies of its held-out edges under the measured states, which never saw them:
     * what a benign new link of that family looks like to the model.
     */
    private static Map<RelationFamily, NoveltyScale> noveltyScales(LoginGraph graph, ModelEmbeddings unseenByModel, Triples heldOut) {
        RelationFamily[] familyOf = graph.relationNames().stream().map(RelationFamily::ofRelation).toArray(RelationFamily[]::new);
        Map<RelationFamily, NoveltyScale> scales = new EnumMap<>(RelationFamily.class);
        for (RelationFamily family : RelationFamily.values()) {
            float[] anomalies = new float[heldOut.size()];
            int count = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                if (familyOf[heldOut.relations()[i]] == family) {
                    anomalies[count++] = (float) LinkEmbeddings.anomaly(unseenByModel.logit(heldOut.heads()[i], heldOut.relations()[i],
                        heldOut.tails()[i]));
                }
            }
            if (count > 0) {
                scales.put(family, NoveltyScale.of(Arrays.copyOf(anomalies, count)));
            }
        }
        return scales;
    }

    /** Diverged weights fall back to the best measured ones; without any, the run cannot publish a model. */
    private static void requireEarlierMeasurement(Map<String, float[]> bestWeights, int epoch) {
        if (bestWeights == null) {
            throw new IllegalStateException("the rgcn model's training diverged at epoch " + epoch + " before any held-out "
                + "measurement; a lower learning_rate may help");
        }
    }

    private double step(RgcnNetwork network, Subgraph subgraph, NegativeSampler sampler, NDManager root) {
        NegativeSampler.Corruptions corrupted = sampler.corrupt(subgraph.edges(), subgraph.nodes(), settings.negatives());
        try (NDManager step = root.newSubManager()) {
            float loss;
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray states = network.encode(step, subgraph.blocks(), subgraph.nodeIds(), subgraph.features(), true);
                NDList logits = network.trainingLogits(step, states, subgraph.edges(), corrupted);
                NDArray value = network.loss(logits.get(0), logits.get(1), states);
                collector.backward(value);
                loss = value.getFloat();
            }
            network.step();
            return loss;
        }
    }

    private double epochOverSlices(RgcnNetwork network, LoginGraph graph, Triples training, NegativeSampler sampler, NDManager root,
        NDArray features, Random random) {
        int[] order = shuffled(training.size(), random);
        int[] localNumbers = Subgraph.unnumbered(graph.nodeCount());
        double lossSum = 0;
        int steps = 0;
        for (int from = 0; from < training.size(); from += settings.subgraphEdges()) {
            Triples slice = training.select(order, from, Math.min(training.size(), from + settings.subgraphEdges()));
            try (NDManager sliceManager = root.newSubManager()) {
                Subgraph subgraph = Subgraph.of(graph, slice, localNumbers, sampler, arrays, sliceManager, features);
                lossSum += step(network, subgraph, sampler, sliceManager);
            }
            steps++;
        }
        return lossSum / steps;
    }

    /**
     * Node states over the edges {@code passing} carries, with no dropout and no gradients, and the relation diagonals.
     */
    private ModelEmbeddings publish(RgcnNetwork network, MessagePassing passing, NDManager root, NDArray nodeIds, NDArray features) {
        NativeHeap.trim();
        return WithoutGradients.get(() -> {
            try (NDManager pass = root.newSubManager()) {
                NDArray states = network.encode(pass, BlockTensors.lazy(passing, arrays, pass), nodeIds, features, false);
                return new ModelEmbeddings(settings.embeddingDim(), states.toFloatArray(), network.relationDiagonals());
            }
        });
    }

    /** The message passing of a whole-graph pass over these edges, in blocks of bounded size. */
    private static MessagePassing inference(LoginGraph graph, Triples edges) {
        return MessagePassing.of(graph.nodeCount(), graph.relationCount(), edges.heads(), edges.relations(), edges.tails(),
            INFERENCE_BLOCK_ROWS);
    }

    private static int[] shuffled(int size, Random random) {
        int[] order = identity(size);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The graph one step trains on, with its nodes numbered from 0.
     *
     * @param edges   with heads and tails as local numbers
     * @param nodes   the graph node of each local number, and the local numbers of each kind
     * @param nodeIds the graph node of each local number, on the engine
     */
    record Subgraph(Triples edges, NegativeSampler.Nodes nodes, NDArray nodeIds, NDArray features, List<BlockTensors> blocks) {

        static Subgraph whole(LoginGraph graph, Triples edges, NegativeSampler.Nodes every, EngineArrays arrays, NDManager manager,
            NDArray nodeIds, NDArray features) {
            MessagePassing passing = MessagePassing.of(graph.nodeCount(), graph.relationCount(), edges.heads(), edges.relations(),
                edges.tails(), Integer.MAX_VALUE);
            return new Subgraph(edges, every, nodeIds, features, BlockTensors.of(passing, arrays, manager));
        }

        /** A table of local numbers for {@link #of}, every node unnumbered. */
        static int[] unnumbered(int nodes) {
            int[] globalToLocal = new int[nodes];
            Arrays.fill(globalToLocal, -1);
            return globalToLocal;
        }

        /**
         * @param globalToLocal the local number of each graph node, every one unnumbered ({@link #unnumbered}), as this
         *                      leaves it: one table for every slice of an epoch, not one as large as the graph each
         */
        static Subgraph of(LoginGraph graph, Triples slice, int[] globalToLocal, NegativeSampler sampler, EngineArrays arrays,
            NDManager manager, NDArray allFeatures) {
            int[] localToGlobal = new int[Math.min(graph.nodeCount(), slice.size() * 2)];
            int nodes = 0;
            int[] heads = new int[slice.size()];
            int[] tails = new int[slice.size()];
            for (int e = 0; e < slice.size(); e++) {
                for (int end = 0; end < 2; end++) {
                    int global = end == 0 ? slice.heads()[e] : slice.tails()[e];
                    if (globalToLocal[global] < 0) {
                        globalToLocal[global] = nodes;
                        localToGlobal[nodes++] = global;
                    }
                    (end == 0 ? heads : tails)[e] = globalToLocal[global];
                }
            }
            localToGlobal = Arrays.copyOf(localToGlobal, nodes);
            for (int global : localToGlobal) {
                globalToLocal[global] = -1;
            }
            Triples local = new Triples(heads, slice.relations(), tails);
            MessagePassing passing = MessagePassing.of(nodes, graph.relationCount(), heads, slice.relations(), tails, Integer.MAX_VALUE);
            NDArray nodeIds = arrays.indices(manager, localToGlobal);
            NDArray features = RgcnNetwork.gather(manager, allFeatures, nodeIds);
            return new Subgraph(local, sampler.nodes(localToGlobal), nodeIds, features, BlockTensors.of(passing, arrays, manager));
        }
    }
}

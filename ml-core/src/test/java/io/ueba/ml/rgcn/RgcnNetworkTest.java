package io.ueba.ml.rgcn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.ueba.ml.engine.TorchEngineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The layers on a graph small enough to work out by hand: a -> b <- c under one relation, two-wide states, one basis,
 * and weights chosen so each step of the sums can be followed.
 */
class RgcnNetworkTest {

    private static final RgcnSettings SETTINGS = new RgcnSettings(RgcnSettings.FAMILY_NAMES, "auth_package/logon_type", null, 2, 1, 0, 0.01, 1, 1, 0.05, 1, 1, 1000, 8, 1000, 1000,
        0.99, 1, 1);

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), RgcnNetworkTest.class.getClassLoader()).load();
    }

    @Test
    void twoLayersMatchTheSumsWorkedOutByHand() {
        // a = 0, b = 1, c = 2; relation 0 forward (a -> b, c -> b), relation 1 its inverse (b -> a, b -> c)
        MessagePassing passing = MessagePassing.of(3, 1, new int[] { 0, 2 }, new int[] { 0, 0 }, new int[] { 1, 1 }, 1000);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            RgcnNetwork network = new RgcnNetwork(manager, 3, 1, 1, SETTINGS, new EngineArrays());
            Map<String, float[]> weights = new HashMap<>();
            weights.put("node_embedding", new float[] { 1, 0, 0, 1, 2, -4 });
            weights.put("feature_projection", new float[] { 0, 0 });
            // layer 0: basis = identity; both directions x 1; self-loop = 0.5 identity; bias (0.1, 0)
            weights.put("bases_0", new float[] { 1, 0, 0, 1 });
            weights.put("coefficients_0", new float[] { 1, 1 });
            weights.put("self_0", new float[] { 0.5f, 0, 0, 0.5f });
            weights.put("bias_0", new float[] { 0.1f, 0 });
            // layer 1: basis swaps the two columns; forward x 1, inverse x 0; self-loop = identity; no bias
            weights.put("bases_1", new float[] { 0, 1, 1, 0 });
            weights.put("coefficients_1", new float[] { 1, 0 });
            weights.put("self_1", new float[] { 1, 0, 0, 1 });
            weights.put("bias_1", new float[] { 0, 0 });
            weights.put("relation_diagonal", new float[] { 1, 1 });
            network.restore(weights);

            NDArray states = network.encode(manager, BlockTensors.of(passing, new EngineArrays(), manager), manager.create(new long[] { 0, 1, 2 }),
                manager.zeros(new Shape(3, 1)), false);

            // layer 0, each node's messages averaged over the messages it gets, then ReLU:
            //   a: 0.5 * (1, 0) + (0.1, 0) + (0, 1) / 1                = (0.6, 1)
            //   b: 0.5 * (0, 1) + (0.1, 0) + ((1, 0) + (2, -4)) / 2    = (1.6, -1.5) -> (1.6, 0)
            //   c: 0.5 * (2, -4) + (0.1, 0) + (0, 1) / 1               = (1.1, -1)   -> (1.1, 0)
            // layer 1: a and c hear b only under the inverse (x 0); b hears a and c, columns swapped, averaged
            //   a: (0.6, 1)   b: (1.6, 0) + ((1, 0.6) + (0, 1.1)) / 2 = (2.1, 0.85)   c: (1.1, 0)
            assertArrayEquals(new float[] { 0.6f, 1, 2.1f, 0.85f, 1.1f, 0 }, states.toFloatArray(), 1e-5f);
        }
    }

    @Test
    void aGatheredRowRepeatedSendsBackTheSumOfItsGradients() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray table = manager.create(new float[] { 1, 2, 3, 4, 5, 6 }, new Shape(3, 2));
            table.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray rows = RgcnNetwork.gather(manager, table, manager.create(new long[] { 2, 0, 2, 2 }));
                assertArrayEquals(new float[] { 5, 6, 1, 2, 5, 6, 5, 6 }, rows.toFloatArray());
                // each gathered row weighted by its position, 1 to 4: row 2 gets 1 + 3 + 4, row 0 gets 2, row 1 nothing
                NDArray weighted = rows.mul(manager.create(new float[] { 1, 2, 3, 4 }, new Shape(4, 1)));
                collector.backward(weighted.sum());
            }
            assertArrayEquals(new float[] { 2, 2, 0, 0, 8, 8 }, table.getGradient().toFloatArray());
        }
    }

    @Test
    void javaLogitsOfPublishedStatesMatchTheEngines() {
        int nodes = 40;
        int relations = 3;
        java.util.Random random = new java.util.Random(3);
        int[] heads = new int[120];
        int[] edgeRelations = new int[120];
        int[] tails = new int[120];
        for (int e = 0; e < heads.length; e++) {
            heads[e] = random.nextInt(nodes);
            edgeRelations[e] = random.nextInt(relations);
            tails[e] = random.nextInt(nodes);
        }
        MessagePassing passing = MessagePassing.of(nodes, relations, heads, edgeRelations, tails, 16);
        RgcnSettings settings = new RgcnSettings(RgcnSettings.FAMILY_NAMES, "auth_package/logon_type", null, 8, 2, 0, 0.01, 1, 1, 0.05, 1, 1, 1000, 8, 1000, 1000, 0.99, 1, 1);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            RgcnNetwork network = new RgcnNetwork(manager, nodes, 2, relations, settings, new EngineArrays());
            NDArray states = network.encode(manager, BlockTensors.lazy(passing, new EngineArrays(), manager), manager.create(java.util.stream.LongStream.range(0, nodes).toArray()),
                manager.randomNormal(new Shape(nodes, 2)), false);
            Triples triples = new Triples(heads, edgeRelations, tails);
            int[] replacements = random.ints(heads.length * 2L, 0, nodes).toArray();
            boolean[] headReplaced = new boolean[replacements.length];
            for (int i = 0; i < headReplaced.length; i++) {
                headReplaced[i] = random.nextBoolean();
            }
            NegativeSampler.Corruptions corruptions = new NegativeSampler.Corruptions(2, replacements, headReplaced);
            NDList engine = network.trainingLogits(manager, states, triples, corruptions);
            float[] trueLogits = engine.get(0).toFloatArray();
            float[] corruptedLogits = engine.get(1).toFloatArray();
            ModelEmbeddings published = new ModelEmbeddings(8, states.toFloatArray(), network.relationDiagonals());
            Triples corrupted = corruptions.of(triples);
            assertEquals(heads.length * 2, corruptedLogits.length);
            for (int e = 0; e < heads.length; e++) {
                assertEquals(trueLogits[e], published.logit(heads[e], edgeRelations[e], tails[e]), 1e-4, "triple " + e);
            }
            for (int i = 0; i < corruptedLogits.length; i++) {
                assertEquals(corruptedLogits[i], published.logit(corrupted.heads()[i], corrupted.relations()[i], corrupted.tails()[i]), 1e-4,
                    "corruption " + i);
            }
        }
    }

    /**
     * A training step whose buffers the garbage collector frees between the forward and the backward pass, their memory
     * then overwritten, makes the same update as one without: nothing autograd keeps for the backward pass lives in
     * memory only a Java object keeps alive.
     */
    @Test
    void aStepIsTheSameWhenTheGarbageCollectorRunsBeforeTheBackwardPass() throws Exception {
        Map<String, float[]> undisturbed = oneStep(false);
        Map<String, float[]> collected = oneStep(true);
        for (Map.Entry<String, float[]> weight : undisturbed.entrySet()) {
            assertArrayEquals(weight.getValue(), collected.get(weight.getKey()), weight.getKey());
        }
    }

    private static Map<String, float[]> oneStep(boolean collectBeforeBackward) throws Exception {
        int nodes = 30;
        int[] heads = java.util.stream.IntStream.range(0, 60).map(e -> e % nodes).toArray();
        int[] relations = new int[60];
        int[] tails = java.util.stream.IntStream.range(0, 60).map(e -> (e * 7 + 3) % nodes).toArray();
        RgcnSettings settings = new RgcnSettings(RgcnSettings.FAMILY_NAMES, "auth_package/logon_type", null, 8, 2, 0.3, 0.05, 1, 1, 0.05, 1, 1, 1000, 8, 1000, 1000, 0.99, 1, 1);
        ai.djl.engine.Engine.getEngine("PyTorch").setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            RgcnNetwork network = new RgcnNetwork(manager, nodes, 1, 1, settings, new EngineArrays());
            Triples edges = new Triples(heads, relations, tails);
            boolean[] alternate = new boolean[60];
            for (int i = 0; i < alternate.length; i++) {
                alternate[i] = i % 2 == 0;
            }
            NegativeSampler.Corruptions corrupted = new NegativeSampler.Corruptions(1, tails, alternate);
            try (NDManager step = manager.newSubManager()) {
                try (ai.djl.training.GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
                    NDArray states = network.encode(step, BlockTensors.of(MessagePassing.of(nodes, 1, heads, relations, tails, 1000), new EngineArrays(), step),
                        step.create(java.util.stream.LongStream.range(0, nodes).toArray()), step.ones(new Shape(nodes, 1)), true);
                    NDList logits = network.trainingLogits(step, states, edges, corrupted);
                    NDArray loss = network.loss(logits.get(0), logits.get(1), states);
                    List<java.nio.ByteBuffer> filler = collectBeforeBackward ? overwriteFreedNativeMemory() : List.of();
                    collector.backward(loss);
                    java.lang.ref.Reference.reachabilityFence(filler);
                }
                network.step();
            }
            return network.snapshot();
        }
    }

    /** Lets the collector free unreachable direct buffers, then fills many small new ones, likely in their memory, with NaN. */
    private static List<java.nio.ByteBuffer> overwriteFreedNativeMemory() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(50);
        }
        List<java.nio.ByteBuffer> filler = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(4 << (i % 4)).order(java.nio.ByteOrder.nativeOrder());
            while (buffer.remaining() >= 4) {
                buffer.putFloat(Float.NaN);
            }
            filler.add(buffer);
        }
        return filler;
    }
}

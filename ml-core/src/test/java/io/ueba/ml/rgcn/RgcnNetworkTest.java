package io.ueba.ml.rgcn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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

    private static final RgcnSettings SETTINGS = new RgcnSettings(RgcnSettings.FAMILY_NAMES, 2, 1, 0, 0.01, 1, 1, 0.05, 1, 1, 1000, 8, 1000,
        0.99, 1000, 1);

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), RgcnNetworkTest.class.getClassLoader()).load();
    }

    @Test
    void twoLayersMatchTheSumsWorkedOutByHand() {
        // a = 0, b = 1, c = 2; relation 0 forward (a -> b, c -> b), relation 1 its inverse (b -> a, b -> c)
        MessagePassing passing = MessagePassing.of(3, 1, new int[] { 0, 2 }, new int[] { 0, 0 }, new int[] { 1, 1 }, 1000);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            RgcnNetwork network = new RgcnNetwork(manager, 3, 1, 1, SETTINGS);
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

            NDArray states = network.encode(manager, BlockTensors.of(passing, manager), manager.create(new long[] { 0, 1, 2 }),
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
        RgcnSettings settings = new RgcnSettings(RgcnSettings.FAMILY_NAMES, 8, 2, 0, 0.01, 1, 1, 0.05, 1, 1, 1000, 8, 1000, 0.99, 1000, 1);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            RgcnNetwork network = new RgcnNetwork(manager, nodes, 2, relations, settings);
            NDArray states = network.encode(manager, BlockTensors.lazy(passing, manager), manager.create(java.util.stream.LongStream.range(0, nodes).toArray()),
                manager.randomNormal(new Shape(nodes, 2)), false);
            Triples triples = new Triples(heads, edgeRelations, tails);
            float[] engine = network.logits(manager, states, triples.headArray(manager), triples.relationArray(manager),
                triples.tailArray(manager)).toFloatArray();
            List<String> keys = java.util.stream.IntStream.range(0, nodes).mapToObj(n -> "host:n" + n).toList();
            LinkEmbeddings published = LinkEmbeddings.of(8, List.of(), keys, states.toFloatArray(), List.of("a", "b", "c"),
                network.relationDiagonals(), 1);
            for (int e = 0; e < heads.length; e++) {
                assertEquals(engine[e], published.logit(heads[e], edgeRelations[e], tails[e]), 1e-4, "triple " + e);
            }
        }
    }
}

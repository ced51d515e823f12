package io.ueba.ml.rgcn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.ueba.ml.engine.TorchEngineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NodeEmbeddingTableTest {

    private static final int NODES = 6;
    private static final int DIM = 3;
    private static final float RATE = 0.05f;
    private static final float CLIP = 1f;

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), NodeEmbeddingTableTest.class.getClassLoader()).load();
    }

    @Test
    void stepsOverEveryRowAreTheOptimisersAdamOnTheWholeTable() {
        float[] initial = random(NODES * DIM, 1);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NDArray dense = manager.create(initial, new Shape(NODES, DIM));
            dense.setRequiresGradient(true);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(RATE)).optClipGrad(CLIP).build();
            NodeEmbeddingTable table = new NodeEmbeddingTable(manager, manager.create(initial, new Shape(NODES, DIM)), RATE, CLIP);
            long[] every = { 0, 1, 2, 3, 4, 5 };
            for (int step = 0; step < 4; step++) {
                // some entries above the clip, so that clipping is compared too
                float[] gradient = random(NODES * DIM, 10 + step);
                try (NDManager scope = manager.newSubManager()) {
                    backward(dense, scope.create(gradient, new Shape(NODES, DIM)));
                    adam.update("node_embedding", dense, dense.getGradient());
                    stepRows(table, scope, every, gradient);
                }
                assertArrayEquals(dense.toFloatArray(), table.toFloatArray(), "step " + step);
            }
        }
    }

    @Test
    void aStepOnSomeRowsLeavesTheOthersAndUpdatesItsOwnAsAStepOnEveryRowWould() {
        float[] initial = random(NODES * DIM, 2);
        float[] first = random(NODES * DIM, 3);
        float[] second = random(NODES * DIM, 4);
        long[] some = { 4, 1 };
        float[] secondOnSome = new float[some.length * DIM];
        for (int i = 0; i < some.length; i++) {
            System.arraycopy(second, (int) some[i] * DIM, secondOnSome, i * DIM, DIM);
        }
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            NodeEmbeddingTable everyRow = new NodeEmbeddingTable(manager, manager.create(initial, new Shape(NODES, DIM)), RATE, CLIP);
            NodeEmbeddingTable someRows = new NodeEmbeddingTable(manager, manager.create(initial, new Shape(NODES, DIM)), RATE, CLIP);
            long[] every = { 0, 1, 2, 3, 4, 5 };
            try (NDManager scope = manager.newSubManager()) {
                stepRows(everyRow, scope, every, first);
                stepRows(someRows, scope, every, first);
            }
            float[] afterFirst = someRows.toFloatArray();
            try (NDManager scope = manager.newSubManager()) {
                stepRows(everyRow, scope, every, second);
                stepRows(someRows, scope, some, secondOnSome);
            }
            float[] expected = afterFirst.clone();
            float[] stepped = everyRow.toFloatArray();
            for (long row : some) {
                System.arraycopy(stepped, (int) row * DIM, expected, (int) row * DIM, DIM);
            }
            float[] actual = someRows.toFloatArray();
            assertArrayEquals(expected, actual);
            assertFalse(Arrays.equals(afterFirst, actual), "the stepped rows moved");
        }
    }

    /** One step of {@code table} on these rows, with this gradient (one row per node, in their order). */
    private static void stepRows(NodeEmbeddingTable table, NDManager scope, long[] nodes, float[] gradient) {
        NDArray ids = scope.create(nodes);
        NDArray rows = table.rows(scope, ids, true);
        backward(rows, scope.create(gradient, new Shape(nodes.length, DIM)));
        table.update(ids, rows);
    }

    /** Leaves {@code gradient} as the gradient of {@code weights}. */
    private static void backward(NDArray weights, NDArray gradient) {
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            collector.backward(weights.mul(gradient).sum());
        }
    }

    private static float[] random(int size, long seed) {
        Random random = new Random(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian() * 2;
        }
        return values;
    }
}

package io.ueba.ml.rgcn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The tensors of each block of a {@link MessagePassing}, on the engine: the senders of its rows, relation by relation,
 * and its sparse matrix. The matrix is made through the engine's own sparse constructor from index and value arrays
 * that stay in the same manager as the matrix: PyTorch's COO tensor shares them, and {@code NDManager.createCoo} frees
 * its temporary copies under the tensor, which crashed the JVM near a million entries.
 *
 * @param scatter  nodes x block rows: each row's message onto its receivers, weighted
 * @param segments the block's rows of each relation, in row order (rows are sorted by relation)
 */
record BlockTensors(NDArray scatter, List<Segment> segments) {

    /**
     * The block's rows of one relation, consecutive.
     *
     * @param senders the sending node of each (int64), whose states the segment gathers: a gather per segment, rather
     *                than one for the block cut into segments, whose every cut's gradient would be the block's size
     */
    record Segment(int relation, NDArray senders) {}

    static List<BlockTensors> of(MessagePassing passing, NDManager manager) {
        List<BlockTensors> tensors = new ArrayList<>(passing.blocks.size());
        for (MessagePassing.Block block : passing.blocks) {
            tensors.add(of(passing, block, manager));
        }
        return tensors;
    }

    /**
     * The blocks made one at a time as they are iterated, each freed when the next is made: a pass over a graph too
     * large to hold every block at once. The products a pass keeps are not in the blocks' managers.
     */
    static Iterable<BlockTensors> lazy(MessagePassing passing, NDManager manager) {
        return () -> new Iterator<>() {
            private int next;
            private NDManager current;

            @Override
            public boolean hasNext() {
                boolean more = next < passing.blocks.size();
                if (more == false && current != null) {
                    current.close();
                    current = null;
                }
                return more;
            }

            @Override
            public BlockTensors next() {
                if (hasNext() == false) {
                    throw new NoSuchElementException();
                }
                if (current != null) {
                    current.close();
                }
                current = manager.newSubManager();
                return of(passing, passing.blocks.get(next++), current);
            }
        };
    }

    private static BlockTensors of(MessagePassing passing, MessagePassing.Block block, NDManager manager) {
        int entries = block.endEntry() - block.firstEntry();
        long[] scatterIndex = new long[entries * 2];
        float[] scatterValues = new float[entries];
        for (int i = 0; i < entries; i++) {
            int entry = block.firstEntry() + i;
            scatterIndex[i] = passing.entryReceivers[entry];
            scatterIndex[entries + i] = passing.entryRows[entry] - block.firstRow();
            scatterValues[i] = passing.entryWeight(entry);
        }
        int rows = block.rows();
        List<Segment> segments = new ArrayList<>();
        for (int from = 0; from < rows;) {
            int relation = passing.rowRelations[block.firstRow() + from];
            int to = from + 1;
            while (to < rows && passing.rowRelations[block.firstRow() + to] == relation) {
                to++;
            }
            long[] senders = new long[to - from];
            for (int k = from; k < to; k++) {
                senders[k - from] = passing.rowSenders[block.firstRow() + k];
            }
            segments.add(new Segment(relation, manager.create(senders)));
            from = to;
        }
        NDArray scatter = sparse(manager, scatterIndex, scatterValues, new Shape(passing.nodes, rows));
        return new BlockTensors(scatter, List.copyOf(segments));
    }

    private static NDArray sparse(NDManager manager, long[] index, float[] values, Shape shape) {
        NDArray indices = manager.create(index, new Shape(2, values.length));
        NDArray weights = manager.create(values);
        PtNDArray matrix = JniUtils.createSparseCoo((PtNDArray) indices, (PtNDArray) weights, shape);
        matrix.attach(manager);
        return matrix;
    }
}

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
 * The tensors of each block of a {@link MessagePassing}, on the engine: the senders of its rows, the relation of each
 * run of rows, and its sparse matrix. The matrix is made through the engine's own sparse constructor from index and
 * value arrays that stay in the same manager as the matrix: PyTorch's COO tensor shares them, and
 * {@code NDManager.createCoo} frees its temporary copies under the tensor, which crashed the JVM near a million entries.
 *
 * <p>The block's senders are gathered at once and the result split into its relations' runs: the gather's gradient is
 * then one array of the subgraph's size per block. A gather per relation made one such array per relation (twice the
 * graph's relations, with the inverses), about a fifth of a training step's backward pass at ten million edges. The
 * runs come from {@code split}, whose gradient joins theirs: a run taken by index would have a zero-filled gradient of
 * the whole block each.
 *
 * @param scatter   nodes x block rows: each row's message onto its receivers, weighted
 * @param senders   the sending node of each row (int64), in row order
 * @param relations the relation of each run of consecutive rows (rows are sorted by relation)
 * @param cuts      the row where each run after the first starts
 */
record BlockTensors(NDArray scatter, NDArray senders, int[] relations, long[] cuts) {

    static List<BlockTensors> of(MessagePassing passing, EngineArrays arrays, NDManager manager) {
        List<BlockTensors> tensors = new ArrayList<>(passing.blocks.size());
        for (MessagePassing.Block block : passing.blocks) {
            tensors.add(of(passing, block, arrays, manager));
        }
        return tensors;
    }

    /**
     * The blocks made one at a time as they are iterated, each freed when the next is made: a pass over a graph too
     * large to hold every block at once. The products a pass keeps are not in the blocks' managers.
     */
    static Iterable<BlockTensors> lazy(MessagePassing passing, EngineArrays arrays, NDManager manager) {
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
                return of(passing, passing.blocks.get(next++), arrays, current);
            }
        };
    }

    private static BlockTensors of(MessagePassing passing, MessagePassing.Block block, EngineArrays arrays, NDManager manager) {
        int entries = block.endEntry() - block.firstEntry();
        int firstEntry = block.firstEntry();
        NDArray scatterIndex = arrays.indices(manager, new Shape(2, entries), i -> i < entries ? passing.entryReceivers[firstEntry + i]
            : passing.entryRows[firstEntry + i - entries] - block.firstRow());
        NDArray scatterValues = arrays.floats(manager, entries, i -> passing.entryWeight(firstEntry + i));
        int rows = block.rows();
        List<Integer> relations = new ArrayList<>();
        List<Long> cuts = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int relation = passing.rowRelations[block.firstRow() + row];
            if (row == 0 || relation != relations.getLast()) {
                if (row > 0) {
                    cuts.add((long) row);
                }
                relations.add(relation);
            }
        }
        NDArray scatter = sparse(manager, scatterIndex, scatterValues, new Shape(passing.nodes, rows));
        NDArray senders = arrays.indices(manager, new Shape(rows), row -> passing.rowSenders[block.firstRow() + row]);
        return new BlockTensors(scatter, senders, relations.stream().mapToInt(Integer::intValue).toArray(),
            cuts.stream().mapToLong(Long::longValue).toArray());
    }

    private static NDArray sparse(NDManager manager, NDArray indices, NDArray weights, Shape shape) {
        PtNDArray matrix = JniUtils.createSparseCoo((PtNDArray) indices, (PtNDArray) weights, shape);
        matrix.attach(manager);
        return matrix;
    }
}

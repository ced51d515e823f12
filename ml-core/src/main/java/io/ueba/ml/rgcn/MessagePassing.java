package io.ueba.ml.rgcn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure one RGCN layer passes messages along, for a set of edges over a set of nodes, in plain arrays: each
 * edge (h, r, t) sends h's state to t under relation r and t's state to h under r's inverse ({@code r + relations}).
 * A node's messages of one relation are summed into a row; each row is transformed by its relation's weights, and the
 * results are averaged over all the messages the node receives, so a node with many kinds of link is not louder than
 * one with a single kind. Rows are cut into blocks of bounded size so that memory stays bounded however large the
 * graph.
 *
 * <p>A block is two sparse matrices: {@code gather} (block rows x nodes) holds, for each row, 1/(the receiver's
 * messages) at each sender; {@code scatter} (nodes x block rows) puts each row back onto its receiving node.
 */
final class MessagePassing {

    /** Rows {@code [firstRow, endRow)} and their entries {@code [firstEntry, endEntry)}. */
    record Block(int firstRow, int endRow, int firstEntry, int endEntry) {

        int rows() {
            return endRow - firstRow;
        }
    }

    final int nodes;
    /** The receiving node of each row. */
    final int[] rowNodes;
    /** The relation of each row, inverses after the relations. */
    final int[] rowRelations;
    /** The row of each entry, in row order. */
    final int[] entryRows;
    /** The sending node of each entry. */
    final int[] entrySenders;
    /** 1 / the number of messages the entry's receiving node gets, over every relation. */
    final float[] entryWeights;
    final List<Block> blocks;

    private MessagePassing(int nodes, int[] rowNodes, int[] rowRelations, int[] entryRows, int[] entrySenders, float[] entryWeights,
        List<Block> blocks) {
        this.nodes = nodes;
        this.rowNodes = rowNodes;
        this.rowRelations = rowRelations;
        this.entryRows = entryRows;
        this.entrySenders = entrySenders;
        this.entryWeights = entryWeights;
        this.blocks = blocks;
    }

    /**
     * @param relations the graph's relations; the layer has twice as many, with the inverses
     * @param maxRows   rows per block at most
     */
    static MessagePassing of(int nodes, int relations, int[] heads, int[] edgeRelations, int[] tails, int maxRows) {
        int directed = relations * 2;
        int edges = heads.length;
        int[] perRelation = new int[directed + 1];
        for (int e = 0; e < edges; e++) {
            perRelation[edgeRelations[e] + 1]++;
            perRelation[edgeRelations[e] + relations + 1]++;
        }
        for (int r = 0; r < directed; r++) {
            perRelation[r + 1] += perRelation[r];
        }
        // within each relation, (receiver << 28 | sender), sorted: the entries of one row are then contiguous
        long[] packed = new long[edges * 2];
        int[] fill = Arrays.copyOf(perRelation, directed);
        for (int e = 0; e < edges; e++) {
            packed[fill[edgeRelations[e]]++] = ((long) tails[e] << 28) | heads[e];
            packed[fill[edgeRelations[e] + relations]++] = ((long) heads[e] << 28) | tails[e];
        }
        int[] rowNodes = new int[packed.length];
        int[] rowRelations = new int[packed.length];
        int[] rowStart = new int[packed.length + 1];
        int[] entryRows = new int[packed.length];
        int[] entrySenders = new int[packed.length];
        int[] received = new int[nodes];
        int rows = 0;
        List<Block> blocks = new ArrayList<>();
        int blockFirstRow = 0;
        for (int r = 0; r < directed; r++) {
            Arrays.sort(packed, perRelation[r], perRelation[r + 1]);
            for (int i = perRelation[r]; i < perRelation[r + 1]; i++) {
                int receiver = (int) (packed[i] >>> 28);
                if (i == perRelation[r] || receiver != rowNodes[rows - 1]) {
                    if (rows - blockFirstRow == maxRows) {
                        blocks.add(new Block(blockFirstRow, rows, rowStart[blockFirstRow], i));
                        blockFirstRow = rows;
                    }
                    rowStart[rows] = i;
                    rowNodes[rows] = receiver;
                    rowRelations[rows++] = r;
                }
                entryRows[i] = rows - 1;
                entrySenders[i] = (int) (packed[i] & ((1 << 28) - 1));
                received[receiver]++;
            }
        }
        if (rows > blockFirstRow) {
            blocks.add(new Block(blockFirstRow, rows, rowStart[blockFirstRow], packed.length));
        }
        float[] entryWeights = new float[packed.length];
        for (int i = 0; i < packed.length; i++) {
            entryWeights[i] = 1f / received[rowNodes[entryRows[i]]];
        }
        return new MessagePassing(nodes, Arrays.copyOf(rowNodes, rows), Arrays.copyOf(rowRelations, rows), entryRows, entrySenders,
            entryWeights, List.copyOf(blocks));
    }

    int rows() {
        return rowNodes.length;
    }
}

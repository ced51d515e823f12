package io.ueba.ml.rgcn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure one RGCN layer passes messages along, for a set of edges over a set of nodes, in plain arrays: each
 * edge (h, r, t) sends h's state to t under relation r and t's state to h under r's inverse ({@code r + relations}).
 * A row is one sender under one relation: its state is transformed once by the relation's weights, however many nodes
 * it sends to. Each node then takes the mean of every message it receives, over all relations, so a node with many
 * kinds of link is not louder than one with a single kind. Rows are grouped by relation, and cut into blocks of
 * bounded size so that memory stays bounded however large the graph.
 *
 * <p>On the engine a block is the senders of its rows (a dense gather, whose gradient is a cheap index add) and one
 * sparse matrix, {@code scatter} (nodes x block rows), holding 1/(the receiver's messages) for each of the block's
 * entries: one sparse product per block and layer.
 */
final class MessagePassing {

    /** Rows {@code [firstRow, endRow)} and their entries {@code [firstEntry, endEntry)}. */
    record Block(int firstRow, int endRow, int firstEntry, int endEntry) {

        int rows() {
            return endRow - firstRow;
        }
    }

    final int nodes;
    /** The sending node of each row. */
    final int[] rowSenders;
    /** The relation of each row, inverses after the relations. */
    final int[] rowRelations;
    /** The row of each entry, in row order. */
    final int[] entryRows;
    /** The receiving node of each entry. */
    final int[] entryReceivers;
    /** How many messages each node receives, over every relation: an entry weighs 1 / its receiver's. */
    private final int[] received;
    final List<Block> blocks;

    private MessagePassing(int nodes, int[] rowSenders, int[] rowRelations, int[] entryRows, int[] entryReceivers, int[] received,
        List<Block> blocks) {
        this.nodes = nodes;
        this.rowSenders = rowSenders;
        this.rowRelations = rowRelations;
        this.entryRows = entryRows;
        this.entryReceivers = entryReceivers;
        this.received = received;
        this.blocks = blocks;
    }

    /** 1 / the number of messages the entry's receiving node gets, over every relation. */
    float entryWeight(int entry) {
        return 1f / received[entryReceivers[entry]];
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
        // within each relation, (sender << 28 | receiver), sorted: the entries of one row are then contiguous. An array
        // per relation, not one for every entry: in a training slice each then stays a small allocation (see
        // EngineArrays), where one array of them all was past half a heap region from 32,000 edges on
        long[][] packed = new long[directed][];
        for (int r = 0; r < directed; r++) {
            packed[r] = new long[perRelation[r + 1] - perRelation[r]];
        }
        int[] fill = new int[directed];
        int[] received = new int[nodes];
        for (int e = 0; e < edges; e++) {
            int relation = edgeRelations[e];
            packed[relation][fill[relation]++] = ((long) heads[e] << 28) | tails[e];
            packed[relation + relations][fill[relation + relations]++] = ((long) tails[e] << 28) | heads[e];
            received[tails[e]]++;
            received[heads[e]]++;
        }
        int rowCount = 0;
        for (long[] ofRelation : packed) {
            Arrays.sort(ofRelation);
            for (int i = 0; i < ofRelation.length; i++) {
                if (i == 0 || sender(ofRelation[i]) != sender(ofRelation[i - 1])) {
                    rowCount++;
                }
            }
        }
        // sized by a first count: at ten million edges, arrays as long as the entries would be 180 MB more
        int entries = edges * 2;
        int[] rowSenders = new int[rowCount];
        int[] rowRelations = new int[rowCount];
        int[] entryRows = new int[entries];
        int[] entryReceivers = new int[entries];
        int rows = 0;
        List<Block> blocks = new ArrayList<>();
        int blockFirstRow = 0;
        int blockFirstEntry = 0;
        for (int r = 0; r < directed; r++) {
            long[] ofRelation = packed[r];
            for (int i = 0; i < ofRelation.length; i++) {
                int entry = perRelation[r] + i;
                int sender = sender(ofRelation[i]);
                if (i == 0 || sender != rowSenders[rows - 1]) {
                    if (rows - blockFirstRow == maxRows) {
                        blocks.add(new Block(blockFirstRow, rows, blockFirstEntry, entry));
                        blockFirstRow = rows;
                        blockFirstEntry = entry;
                    }
                    rowSenders[rows] = sender;
                    rowRelations[rows++] = r;
                }
                entryRows[entry] = rows - 1;
                entryReceivers[entry] = (int) (ofRelation[i] & ((1 << 28) - 1));
            }
        }
        if (rows > blockFirstRow) {
            blocks.add(new Block(blockFirstRow, rows, blockFirstEntry, entries));
        }
        return new MessagePassing(nodes, rowSenders, rowRelations, entryRows, entryReceivers, received, List.copyOf(blocks));
    }

    private static int sender(long packedEntry) {
        return (int) (packedEntry >>> 28);
    }
}

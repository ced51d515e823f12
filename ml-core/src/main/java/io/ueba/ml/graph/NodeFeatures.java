package io.ueba.ml.graph;

/**
 * The features of each node of a login graph: how many logins it made and received, with how many distinct links,
 * what share of them failed, over how many hours of the day, and its kind. Counts are log-scaled, then standardized
 * over the graph's nodes, so a node seen once differs from a busy one by a few units, not by orders of magnitude.
 */
public final class NodeFeatures {

    /** Features per node. */
    public static final int COUNT = 6 + NodeKind.values().length;

    private static final int STANDARDIZED = 6;

    private NodeFeatures() {}

    /**
     * @param outLogins    logins each node was the head of
     * @param inLogins     logins each node was the tail of
     * @param failedLogins failed logins each node was either end of
     * @param hourMasks    a bit per hour of the day each node was active in
     */
    static float[] of(NodeKind[] kinds, long[] outLogins, long[] inLogins, long[] failedLogins, int[] hourMasks, int[] heads, int[] tails) {
        int nodes = kinds.length;
        int[] outLinks = new int[nodes];
        int[] inLinks = new int[nodes];
        for (int e = 0; e < heads.length; e++) {
            outLinks[heads[e]]++;
            inLinks[tails[e]]++;
        }
        float[] features = new float[nodes * COUNT];
        for (int n = 0; n < nodes; n++) {
            int row = n * COUNT;
            features[row] = (float) Math.log1p(outLogins[n]);
            features[row + 1] = (float) Math.log1p(inLogins[n]);
            features[row + 2] = (float) Math.log1p(outLinks[n]);
            features[row + 3] = (float) Math.log1p(inLinks[n]);
            features[row + 4] = Integer.bitCount(hourMasks[n]) / 24f;
            long logins = outLogins[n] + inLogins[n];
            features[row + 5] = logins == 0 ? 0 : (float) failedLogins[n] / logins;
            features[row + STANDARDIZED + kinds[n].ordinal()] = 1;
        }
        for (int column = 0; column < STANDARDIZED; column++) {
            standardize(features, nodes, column);
        }
        return features;
    }

    private static void standardize(float[] features, int nodes, int column) {
        double sum = 0;
        double squares = 0;
        for (int n = 0; n < nodes; n++) {
            double value = features[n * COUNT + column];
            sum += value;
            squares += value * value;
        }
        double mean = sum / nodes;
        double std = Math.sqrt(Math.max(0, squares / nodes - mean * mean));
        double scale = std > 1e-6 ? 1 / std : 0;
        for (int n = 0; n < nodes; n++) {
            int at = n * COUNT + column;
            features[at] = (float) ((features[at] - mean) * scale);
        }
    }
}

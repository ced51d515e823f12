package io.ueba.ml.rgcn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * How surprising an edge's anomaly is next to the anomalies of true edges the model never trained on: the held-out
 * edges of one relation family, which stand for the benign new links a window always brings (a user at a colleague's
 * desk, a new server). The surprise is {@code -ln P(held-out anomaly >= a)}: 0 for an edge as likely as a typical known
 * one, about ln 2 at the held-out median, and growing past the held-out maximum along an exponential tail fitted to
 * the top tenth. Families differ in how implausible their benign novelty looks (a user at a new desk looks far less
 * likely to the model than a server reached from a new source), and this puts their edges on one scale, on which a
 * login's edges add up. Immutable.
 *
 * @param knots     held-out anomalies at evenly spaced ranks, ascending; empty for the identity scale
 * @param tailScale the mean excess over the top tenth of held-out anomalies: one more unit of surprise per this much
 *                  anomaly past the largest knot
 */
record NoveltyScale(float[] knots, double tailScale) {

    /** At most this many knots are kept, whatever the number of held-out edges. */
    static final int MAX_KNOTS = 256;
    /** Fewer held-out edges than this say too little of a family's tail: its surprise is then the anomaly itself. */
    static final int MIN_EDGES = 20;
    private static final double TAIL_SHARE = 0.1;
    private static final double MIN_TAIL_SCALE = 1e-3;

    /** The scale of a family with too few held-out edges: the anomaly itself. */
    static final NoveltyScale IDENTITY = new NoveltyScale(new float[0], 1);

    /** The scale of these held-out anomalies (the array is sorted in place). */
    static NoveltyScale of(float[] heldOutAnomalies) {
        if (heldOutAnomalies.length < MIN_EDGES) {
            return IDENTITY;
        }
        Arrays.sort(heldOutAnomalies);
        int n = heldOutAnomalies.length;
        int count = Math.min(MAX_KNOTS, n);
        float[] knots = new float[count];
        for (int k = 0; k < count; k++) {
            knots[k] = heldOutAnomalies[(int) Math.round((double) k * (n - 1) / (count - 1))];
        }
        int tailFrom = (int) Math.floor(n * (1 - TAIL_SHARE));
        double excess = 0;
        for (int i = tailFrom; i < n; i++) {
            excess += heldOutAnomalies[i] - heldOutAnomalies[tailFrom];
        }
        return new NoveltyScale(knots, Math.max(MIN_TAIL_SCALE, excess / (n - tailFrom)));
    }

    /** The surprise of an edge with this anomaly: 0 at or below the smallest knot, rising with the anomaly. */
    double surprise(double anomaly) {
        int count = knots.length;
        if (count == 0) {
            return Math.max(0, anomaly);
        }
        if (anomaly <= knots[0]) {
            return 0;
        }
        // knot k has (count - k) of count knots at or above it; the +1 keeps the largest knot's share above zero
        if (anomaly >= knots[count - 1]) {
            return atKnot(count - 1) + (anomaly - knots[count - 1]) / tailScale;
        }
        int above = Arrays.binarySearch(knots, (float) anomaly);
        int upper = above >= 0 ? above : -above - 1;
        int lower = Math.max(0, upper - 1);
        double span = knots[upper] - knots[lower];
        double fraction = span == 0 ? 1 : (anomaly - knots[lower]) / span;
        return atKnot(lower) + fraction * (atKnot(upper) - atKnot(lower));
    }

    private double atKnot(int k) {
        return -Math.log((knots.length - k) / (knots.length + 1.0)) + Math.log(knots.length / (knots.length + 1.0));
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(knots.length);
        for (float knot : knots) {
            out.writeFloat(knot);
        }
        out.writeDouble(tailScale);
    }

    static NoveltyScale read(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_KNOTS) {
            throw new IOException("a novelty scale of " + count + " knots; at most " + MAX_KNOTS);
        }
        float[] knots = new float[count];
        for (int k = 0; k < count; k++) {
            knots[k] = in.readFloat();
        }
        return new NoveltyScale(knots, in.readDouble());
    }
}

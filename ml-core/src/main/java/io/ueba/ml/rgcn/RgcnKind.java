package io.ueba.ml.rgcn;

import io.ueba.ml.graph.NodeKind;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKind;
import io.ueba.ml.model.SettingsFields;
import io.ueba.ml.threshold.Threshold;

import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The RGCN kind: link prediction over the graph of who logs in where (source -> destination, user -> destination,
 * source -> user, with the kind of logon as the relation), by a two-layer relational graph convolution with basis
 * decomposition and a DistMult decoder. A login's score is the summed surprise of its edges over the calibrated
 * threshold; lateral movement and stolen credentials make edges that do not fit the graph even when each of their
 * parts is familiar.
 */
public final class RgcnKind implements ModelKind {

    public static final String NAME = "rgcn";
    /** How node keys are made and edges decoded: a scorer made under other rules would look up the wrong nodes. */
    private static final String SCHEMA = "distmult;" + Arrays.stream(NodeKind.values()).map(kind -> kind.key("")).collect(Collectors.joining(","));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KindSettings settings(SettingsFields given) {
        return RgcnSettings.read(given);
    }

    @Override
    public int format() {
        return 4;
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    @Override
    public LoginScorer read(String version, Threshold threshold, DataInput in) throws IOException {
        return new RgcnScorer(version, LinkSurprise.read(in), threshold);
    }
}

package io.ueba.ml.rarity;

import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKind;
import io.ueba.ml.model.SettingsFields;
import io.ueba.ml.threshold.Threshold;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rarity kind: smoothed conditional surprisal, -log p(value | context), over pairs of a login's attributes learned
 * from the window (destination given source and kind of logon, source, country, destination and hour of day given the
 * user), and the value of any document field a job names given the user. The login's score is their sum over the
 * calibrated threshold; the explanation names the rarest pairs. Cheap, readable, and the yardstick the graph model must
 * beat.
 */
public final class RarityKind implements ModelKind {

    public static final String NAME = "rarity";
    private static final String SCHEMA = Arrays.stream(RarityPair.values()).map(Enum::name).collect(Collectors.joining(","));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KindSettings settings(SettingsFields given) {
        return RaritySettings.read(given);
    }

    @Override
    public int format() {
        return 1;
    }

    /** The pairs it counts: a release that counts others cannot read these tables. */
    @Override
    public String schema() {
        return SCHEMA;
    }

    @Override
    public LoginScorer read(String version, Threshold threshold, DataInput in) throws IOException {
        double smoothing = in.readDouble();
        int size = in.readInt();
        List<PairTable> tables = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String name = in.readUTF();
            LoginPair pair;
            try {
                pair = LoginPair.ofStoredName(name);
            } catch (IllegalArgumentException e) {
                throw new IOException("no rarity pair is named [" + name + "]", e);
            }
            tables.add(new PairTable(pair, PairCounts.read(in)));
        }
        return new RarityScorer(version, tables, smoothing, threshold);
    }
}

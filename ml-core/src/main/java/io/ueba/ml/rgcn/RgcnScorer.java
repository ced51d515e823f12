package io.ueba.ml.rgcn;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Set;
import java.util.List;

/**
 * A published RGCN: scores a login by the surprise of its edges over the calibrated threshold, and names the edge that
 * adds most, or says that one of its ends was never linked before. A few dot products per login, in memory.
 *
 * @param attributeFields its relation's document field, if it has one: found once, since ingest asks on every login
 */
record RgcnScorer(String version, LinkSurprise links, Threshold threshold, Set<String> attributeFields) implements LoginScorer {

    RgcnScorer(String version, LinkSurprise links, Threshold threshold) {
        this(version, links, threshold, links.embeddings().relation().fields());
    }

    @Override
    public String kind() {
        return RgcnKind.NAME;
    }

    @Override
    public KindScore score(LoginFeatures features) {
        LinkSurprise.LoginSurprise login = links.assess(features);
        if (login == null) {
            return new KindScore(RgcnKind.NAME, 0, List.of());
        }
        double score = threshold.score(login.surprise());
        return new KindScore(RgcnKind.NAME, score, score >= 1 ? List.of(login.mostSurprising().reason()) : List.of());
    }

    @Override
    public void write(DataOutput out) throws IOException {
        links.write(out);
    }
}

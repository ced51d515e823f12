package io.ueba.ml.rgcn;

import io.ueba.ml.collect.LossyMemo;
import io.ueba.ml.collect.NameHash;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A published RGCN: scores a login by the surprise of its edges over the calibrated threshold, and names the edge that
 * adds most, or says that one of its ends was never linked before. A few dot products per login, in memory; the
 * surprise of a login's user, source, destination and relation is remembered, since most logins repeat ones seen
 * minutes before. Immutable but for the memo.
 *
 * @param attributeFields its relation's document field, if it has one: found once, since ingest asks on every login
 * @param memo            the surprise of the combinations this scorer's threads scored last, by a hash of their names
 */
record RgcnScorer(String version, LinkSurprise links, Threshold threshold, Set<String> attributeFields, LossyMemo memo)
    implements LoginScorer {

    /** Slots per write thread: 256 KB each, a few thousand of the entity combinations that logins repeat. */
    static final int MEMO_SLOTS = 1 << 14;
    /** What the memo holds for a login that names no family's two ends. */
    private static final double NO_EDGES = Double.NEGATIVE_INFINITY;

    RgcnScorer(String version, LinkSurprise links, Threshold threshold) {
        this(version, links, threshold, links.embeddings().relation().fields(), new LossyMemo(MEMO_SLOTS));
    }

    @Override
    public String kind() {
        return RgcnKind.NAME;
    }

    @Override
    public KindScore score(LoginFeatures features) {
        long key = memoKey(features);
        double surprise = memo.get(key);
        LinkSurprise.LoginSurprise assessed = null;
        if (Double.isNaN(surprise)) {
            assessed = links.assess(features);
            surprise = assessed == null ? NO_EDGES : assessed.surprise();
            memo.put(key, surprise);
        }
        if (surprise == NO_EDGES) {
            return KindScore.abstained(RgcnKind.NAME);
        }
        double score = threshold.score(surprise);
        if (score < 1) {
            return new KindScore(RgcnKind.NAME, score, List.of());
        }
        // the reason is worked out again on a remembered login past the threshold (a few in a thousand), not kept for all
        LinkSurprise.LoginSurprise login = assessed != null ? assessed : links.assess(features);
        return new KindScore(RgcnKind.NAME, score, List.of(login.mostSurprising().reason()));
    }

    /** Everything a login's edges are made of: its relation (which may read a document field), user, source and destination. */
    private long memoKey(LoginFeatures features) {
        long sequence = NameHash.then(NameHash.SEQUENCE_START, links.embeddings().relation().of(features));
        sequence = NameHash.then(sequence, features.user());
        sequence = NameHash.then(sequence, features.source());
        return NameHash.sequenceKey(NameHash.then(sequence, features.destination()));
    }

    @Override
    public void write(DataOutput out) throws IOException {
        links.write(out);
    }
}

package io.ueba.ml.rgcn;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.RelationFamily;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A login's surprise under the published RGCN: the sum, over its edges, of each new edge's surprise on its family's
 * {@link NoveltyScale}; an edge the window held adds nothing ({@link KnownLinks}). A login whose source, user and
 * destination were each linked before adds little; one whose three links are all new and all implausible adds up three
 * times. (Measured on LANL-style data: the least likely edge
 * alone ranked users at a colleague's desk, whose one new link looks very unlikely, above red-team hops, whose every
 * link is new.) An edge with a node or relation the graph never held tells the model nothing either way: it counts as
 * a typical new link, the median of the novelty scale, ln 2. (Measured on the same data: counting it as much as the
 * threshold, so that every login of a new machine scored at least 1, buried the red team under new machines, average
 * precision 0.41 against 0.53.) With an ensemble, a new edge's surprise is the mean of its members' surprises, each on
 * that member's own scales. Immutable.
 *
 * @param scales each member's novelty scale of each family; a family without one uses {@link NoveltyScale#IDENTITY}
 */
record LinkSurprise(LinkEmbeddings embeddings, KnownLinks known, List<Map<RelationFamily, NoveltyScale>> scales) {

    /** What an edge with an end or a relation the graph never held adds: the surprise of a typical new link. */
    static final double UNSEEN_SURPRISE = Math.log(2);

    LinkSurprise {
        if (scales.size() != embeddings.members().size()) {
            throw new IllegalArgumentException(scales.size() + " members' scales for " + embeddings.members().size() + " members");
        }
        scales = scales.stream().map(member -> member.isEmpty() ? Map.<RelationFamily, NoveltyScale>of() : new EnumMap<>(member)).toList();
    }

    /**
     * A login's surprise and the edge that adds most to it.
     *
     * @param mostSurprising the edge with the largest share
     */
    record LoginSurprise(double surprise, LinkEmbeddings.EdgeAssessment mostSurprising) {}

    /** The login's surprise, or null when the login names no family's two ends. */
    LoginSurprise assess(LoginFeatures login) {
        List<LinkEmbeddings.EdgeAssessment> edges = embeddings.edges(login, known);
        if (edges.isEmpty()) {
            return null;
        }
        double total = 0;
        double largest = Double.NEGATIVE_INFINITY;
        LinkEmbeddings.EdgeAssessment most = null;
        for (LinkEmbeddings.EdgeAssessment edge : edges) {
            double share = edge.unseen() ? UNSEEN_SURPRISE : edge.known() ? 0 : surprise(edge);
            total += share;
            if (share > largest) {
                largest = share;
                most = edge;
            }
        }
        return new LoginSurprise(total, most);
    }

    /** The members' mean surprise at a new edge of known ends. */
    private double surprise(LinkEmbeddings.EdgeAssessment edge) {
        double sum = 0;
        for (int m = 0; m < scales.size(); m++) {
            sum += scales.get(m).getOrDefault(edge.family(), NoveltyScale.IDENTITY).surprise(edge.anomalies()[m]);
        }
        return sum / scales.size();
    }

    void write(DataOutput out) throws IOException {
        embeddings.write(out);
        known.write(out);
        for (Map<RelationFamily, NoveltyScale> member : scales) {
            out.writeInt(member.size());
            for (Map.Entry<RelationFamily, NoveltyScale> scale : member.entrySet()) {
                out.writeUTF(scale.getKey().settingName());
                scale.getValue().write(out);
            }
        }
    }

    static LinkSurprise read(DataInput in) throws IOException {
        LinkEmbeddings embeddings = LinkEmbeddings.read(in);
        KnownLinks known = KnownLinks.read(in);
        List<Map<RelationFamily, NoveltyScale>> scales = new ArrayList<>(embeddings.members().size());
        for (int m = 0; m < embeddings.members().size(); m++) {
            int count = in.readInt();
            Map<RelationFamily, NoveltyScale> member = new EnumMap<>(RelationFamily.class);
            for (int i = 0; i < count; i++) {
                member.put(LinkEmbeddings.named(in.readUTF(), RelationFamily::fromSettingName), NoveltyScale.read(in));
            }
            scales.add(member);
        }
        return new LinkSurprise(embeddings, known, scales);
    }
}

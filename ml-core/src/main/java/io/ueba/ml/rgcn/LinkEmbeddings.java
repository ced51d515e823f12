package io.ueba.ml.rgcn;

import io.ueba.ml.collect.LongIntTable;
import io.ueba.ml.collect.NameHash;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.EdgeRelation;
import io.ueba.ml.graph.RelationFamily;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a trained RGCN publishes for ingest: each node's final state and each relation's diagonal, so that a login's
 * edges are scored with a few dot products in plain Java, with no engine call. An edge's anomaly is
 * {@code -log sigmoid(logit)}, the surprise of seeing it. The graph knows nothing of a node or a relation it never held,
 * so such an edge is not ranked by the model: it is assessed as unseen, and {@link LinkSurprise} decides what that is
 * worth. The members of an ensemble, trained on the same graph, share the names and the index, each with states and
 * diagonals of its own ({@link ModelEmbeddings}). Immutable.
 *
 * @param nodeIndex         each node's position in {@code nodeKeys}, by the {@link NameHash} of its key: a login's ends
 *                          are looked up on the ingest path, where a map of a million names would cost a chain of
 *                          cache misses each
 * @param members           each model's states, in {@code nodeKeys} order, and diagonals, in {@code relationNames} order
 * @param relationsByFamily each family's relations' positions in {@code relationNames}, by the login relation they
 *                          were made from ({@code kerberos/network} for {@code source_destination:kerberos/network}),
 *                          so that a login's edge finds its relation without spelling the graph's name for it
 */
record LinkEmbeddings(List<RelationFamily> families, EdgeRelation relation, List<String> nodeKeys, LongIntTable nodeIndex,
    List<ModelEmbeddings> members, List<String> relationNames, Map<RelationFamily, Map<String, Integer>> relationsByFamily) {

    private static final double[] NO_ANOMALIES = {};

    LinkEmbeddings {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("embeddings of no model");
        }
        for (ModelEmbeddings member : members) {
            if (member.dim() != members.getFirst().dim() || member.nodes() != nodeKeys.size() || member.relations() != relationNames.size()) {
                throw new IllegalArgumentException("a member of " + member.nodes() + " nodes and " + member.relations() + " relations, "
                    + member.dim() + " wide, in an ensemble of " + nodeKeys.size() + " nodes and " + relationNames.size() + " relations, "
                    + members.getFirst().dim() + " wide");
            }
        }
    }

    /** The members' embeddings of the graph of these nodes and relations, in the given order; their arrays are shared. */
    static LinkEmbeddings of(List<RelationFamily> families, EdgeRelation relation, List<String> nodeKeys, List<String> relationNames,
        List<ModelEmbeddings> members) {
        return new LinkEmbeddings(List.copyOf(families), relation, List.copyOf(nodeKeys), hashedIndex(nodeKeys), List.copyOf(members),
            List.copyOf(relationNames), byFamily(relationNames));
    }

    int dim() {
        return members.getFirst().dim();
    }

    private static LongIntTable hashedIndex(List<String> names) {
        LongIntTable index = new LongIntTable(names.size());
        for (int i = 0; i < names.size(); i++) {
            index.put(NameHash.of(names.get(i)), i);
        }
        return index;
    }

    /** A name that is not {@code family:relation} is no family's, and no login's edge can have it. */
    private static Map<RelationFamily, Map<String, Integer>> byFamily(List<String> relationNames) {
        Map<RelationFamily, Map<String, Integer>> byFamily = new EnumMap<>(RelationFamily.class);
        for (int i = 0; i < relationNames.size(); i++) {
            String name = relationNames.get(i);
            for (RelationFamily family : RelationFamily.values()) {
                String prefix = family.relation("");
                if (name.startsWith(prefix)) {
                    byFamily.computeIfAbsent(family, f -> new HashMap<>()).put(name.substring(prefix.length()), i);
                }
            }
        }
        return byFamily;
    }

    /** -log sigmoid(logit), computed without overflow. */
    static double anomaly(double logit) {
        return Math.max(-logit, 0) + Math.log1p(Math.exp(-Math.abs(logit)));
    }

    /** The login's edges, one per family whose two ends it names, each said to be known when {@code known} holds it. */
    List<EdgeAssessment> edges(LoginFeatures login, KnownLinks known) {
        List<EdgeAssessment> edges = new ArrayList<>(families.size());
        String edgeRelation = relation.of(login);
        for (RelationFamily family : families) {
            String head = family.headName(login);
            String tail = family.tailName(login);
            if (head != null && tail != null) {
                edges.add(assess(family, edgeRelation, head, tail, known));
            }
        }
        return edges;
    }

    /** Looks the ends up by the hashes of their keys, which a login's edges never spell out unless they explain it. */
    private EdgeAssessment assess(RelationFamily family, String loginRelation, String head, String tail, KnownLinks known) {
        Integer relation = relationOf(family, loginRelation);
        int headNode = nodeIndex.get(family.headKind(head).keyHash(head));
        int tailNode = nodeIndex.get(family.tailKind(tail).keyHash(tail));
        if (relation == null || headNode < 0 || tailNode < 0) {
            List<String> unseen = new ArrayList<>(2);
            if (headNode < 0) {
                unseen.add(head);
            }
            if (tailNode < 0) {
                unseen.add(tail);
            }
            return new EdgeAssessment(family, loginRelation, head, tail, NO_ANOMALIES, List.copyOf(unseen), relation != null, false);
        }
        if (known.contains(headNode, relation, tailNode)) {
            // a known edge adds nothing to a login's surprise, whatever its logits: most edges of most logins
            return new EdgeAssessment(family, loginRelation, head, tail, NO_ANOMALIES, List.of(), true, true);
        }
        double[] anomalies = new double[members.size()];
        for (int m = 0; m < anomalies.length; m++) {
            anomalies[m] = anomaly(members.get(m).logit(headNode, relation, tailNode));
        }
        return new EdgeAssessment(family, loginRelation, head, tail, anomalies, List.of(), true, false);
    }

    /** The graph's relation of this family for the login's relation, the family's {@code other} when it has none, else null. */
    private Integer relationOf(RelationFamily family, String loginRelation) {
        Map<String, Integer> relations = relationsByFamily.get(family);
        if (relations == null) {
            return null;
        }
        Integer relation = relations.get(loginRelation);
        return relation != null ? relation : relations.get(RelationFamily.OTHER);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(dim());
        out.writeInt(members.size());
        out.writeInt(families.size());
        for (RelationFamily family : families) {
            out.writeUTF(family.settingName());
        }
        out.writeUTF(relation.settingName());
        writeRows(out, relationNames, ModelEmbeddings::relationDiagonals);
        writeRows(out, nodeKeys, ModelEmbeddings::nodeStates);
    }

    /** Each name, then its row of each member. */
    private void writeRows(DataOutput out, List<String> names, Function<ModelEmbeddings, float[]> rowsOf) throws IOException {
        int dim = dim();
        out.writeInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.writeUTF(names.get(i));
            for (ModelEmbeddings member : members) {
                float[] rows = rowsOf.apply(member);
                for (int j = 0; j < dim; j++) {
                    out.writeFloat(rows[i * dim + j]);
                }
            }
        }
    }

    static LinkEmbeddings read(DataInput in) throws IOException {
        int dim = in.readInt();
        int members = in.readInt();
        if (dim < 1 || members < 1 || members > RgcnSettings.MAX_MEMBERS) {
            throw new IOException("corrupt rgcn embeddings: " + members + " members of width " + dim);
        }
        int familyCount = in.readInt();
        List<RelationFamily> families = new ArrayList<>(familyCount);
        for (int i = 0; i < familyCount; i++) {
            families.add(named(in.readUTF(), RelationFamily::fromSettingName));
        }
        EdgeRelation relation = named(in.readUTF(), EdgeRelation::fromSettingName);
        List<String> relations = new ArrayList<>();
        float[][] diagonals = readRows(in, dim, members, relations);
        List<String> nodes = new ArrayList<>();
        float[][] states = readRows(in, dim, members, nodes);
        List<ModelEmbeddings> models = new ArrayList<>(members);
        for (int m = 0; m < members; m++) {
            models.add(new ModelEmbeddings(dim, states[m], diagonals[m]));
        }
        return of(families, relation, nodes, relations, models);
    }

    /** What a stored name stands for; a name this node does not know makes the stored model unreadable. */
    static <T> T named(String name, Function<String, T> lookup) throws IOException {
        try {
            return lookup.apply(name);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static float[][] readRows(DataInput in, int dim, int members, List<String> names) throws IOException {
        int count = in.readInt();
        float[][] rows = new float[members][Math.multiplyExact(count, dim)];
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
            for (float[] member : rows) {
                for (int j = 0; j < dim; j++) {
                    member[i * dim + j] = in.readFloat();
                }
            }
        }
        return rows;
    }

    /**
     * One edge of a login, scored.
     *
     * @param anomalies     -log sigmoid of its logit under each member; none when it is {@link #unseen} or {@link #known},
     *                      neither of which is scored on the embeddings
     * @param head          the name of its head entity
     * @param tail          the name of its tail entity
     * @param unseenNodes   the names of its ends the graph never held; empty when both are known
     * @param relationKnown whether the graph held its relation (or its family's {@code other})
     * @param known         whether the window held this very edge
     */
    record EdgeAssessment(RelationFamily family, String loginRelation, String head, String tail, double[] anomalies,
        List<String> unseenNodes, boolean relationKnown, boolean known) {

        boolean unseen() {
            return unseenNodes.isEmpty() == false || relationKnown == false;
        }

        /** Why this edge stands out, in an analyst's words. */
        String reason() {
            String edge = family.describe(loginRelation, head, tail);
            if (unseen() == false) {
                return "unlikely link: " + edge + " (probability " + String.format(Locale.ROOT, "%.3f", probability()) + ")";
            }
            if (relationKnown == false) {
                return "first " + edge + "; this kind of logon has not been seen before";
            }
            if (unseenNodes.size() == 2) {
                return "first " + edge + "; neither has been linked before";
            }
            return "first " + edge + "; " + unseenNodes.getFirst() + " has not been linked before";
        }

        /** The members' mean probability of the edge. */
        private double probability() {
            double sum = 0;
            for (double anomaly : anomalies) {
                sum += Math.exp(-anomaly);
            }
            return sum / anomalies.length;
        }
    }
}

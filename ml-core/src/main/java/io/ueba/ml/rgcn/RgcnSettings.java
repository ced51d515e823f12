package io.ueba.ml.rgcn;

import io.ueba.ml.graph.EdgeRelation;
import io.ueba.ml.graph.GraphRelation;
import io.ueba.ml.graph.RelationFamily;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.SettingsFields;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job's settings for the RGCN kind. Every field has a default.
 *
 * @param families           the relation families a login adds to the graph ({@link RelationFamily#settingName()})
 * @param relation           what of a login's auth package and logon type an edge's relation is
 *                           ({@link GraphRelation#settingName()})
 * @param relationField      a field of the login's document whose value the relation ends with, or null
 *                           ({@link EdgeRelation})
 * @param embeddingDim       the width of node embeddings and of both layers
 * @param bases              the basis matrices each layer's relation weights are combined from
 * @param dropout            of node states between layers, while training
 * @param learningRate       Adam's
 * @param maxEpochs          at most this many epochs; early stopping usually ends sooner
 * @param negatives          corrupted edges per true edge
 * @param validationFraction the share of distinct edges held out to measure link prediction, stop early and set each
 *                           family's novelty scale, whose tail the most surprising logins are ranked on
 * @param validateEvery      epochs between two measurements
 * @param patience           measurements without a better average precision before training stops
 * @param maxEdges           distinct edges the graph keeps; later ones are counted and left out
 * @param maxRelations       relations kept per family; the rarer fold into the family's {@code other} relation
 * @param wholeGraphEdges    up to this many training edges, each epoch is one step over the whole graph
 * @param subgraphEdges      above that, each step trains on a random slice of this many edges, on the subgraph they make
 * @param thresholdQuantile  the share of held-out new links less surprising than the suspicious threshold
 * @param seed               initial weights, samples and negatives
 * @param members            models trained from different seeds on the same graph, whose surprises a login's score
 *                           averages: one model's ranking of new links moves with its seed, the average much less
 */
public record RgcnSettings(List<String> families, String relation, String relationField, int embeddingDim, int bases, double dropout, double learningRate, int maxEpochs,
    int negatives, double validationFraction, int validateEvery, int patience, int maxEdges, int maxRelations, int wholeGraphEdges, int subgraphEdges,
    double thresholdQuantile, long seed, int members) implements KindSettings {

    /** The most members an ensemble may have; a stored model claiming more is damaged. */
    public static final int MAX_MEMBERS = 16;
    static final List<String> FAMILY_NAMES = Arrays.stream(RelationFamily.values()).map(RelationFamily::settingName).toList();

    public static final RgcnSettings DEFAULTS = new RgcnSettings(FAMILY_NAMES,
        GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE.settingName(), null, 32, 4, 0.2, 0.02, 1000, 2, 0.15, 10, 10, 20_000_000, 8,
        500_000, 40_000, 0.99, 42, 3);

    static RgcnSettings read(SettingsFields given) {
        RgcnSettings d = DEFAULTS;
        RgcnSettings settings = new RgcnSettings(
            given.choices("families", d.families, FAMILY_NAMES),
            given.choice("relation", d.relation, GraphRelation.SETTING_NAMES),
            given.documentPath("relation_field"),
            given.integer("embedding_dim", d.embeddingDim, 4, 256),
            given.integer("bases", d.bases, 1, 64),
            given.number("dropout", d.dropout),
            given.number("learning_rate", d.learningRate),
            given.integer("max_epochs", d.maxEpochs, 1, 5000),
            given.integer("negatives", d.negatives, 1, 32),
            given.number("validation_fraction", d.validationFraction),
            given.integer("validate_every", d.validateEvery, 1, 1000),
            given.integer("patience", d.patience, 1, 1000),
            given.integer("max_edges", d.maxEdges, 1000, 200_000_000),
            given.integer("max_relations", d.maxRelations, 2, 64),
            given.integer("whole_graph_edges", d.wholeGraphEdges, 0, 50_000_000),
            given.integer("subgraph_edges", d.subgraphEdges, 1000, 50_000_000),
            given.number("threshold_quantile", d.thresholdQuantile),
            given.longInteger("seed", d.seed),
            given.integer("members", d.members, 1, MAX_MEMBERS)
        );
        // jobs stored before the threshold moved to the novelty scale still carry it
        given.retired("calibration_rows");
        if ((settings.dropout >= 0 && settings.dropout < 0.9) == false) {
            throw given.refuse("dropout", "must be in [0, 0.9), got [" + settings.dropout + "]");
        }
        if ((settings.learningRate > 0 && settings.learningRate <= 1) == false) {
            throw given.refuse("learning_rate", "must be in (0, 1], got [" + settings.learningRate + "]");
        }
        if ((settings.validationFraction > 0 && settings.validationFraction <= 0.5) == false) {
            throw given.refuse("validation_fraction", "must be in (0, 0.5], got [" + settings.validationFraction + "]");
        }
        if ((settings.thresholdQuantile >= 0.5 && settings.thresholdQuantile < 1) == false) {
            throw given.refuse("threshold_quantile", "must be in [0.5, 1), got [" + settings.thresholdQuantile + "]");
        }
        return settings;
    }

    EdgeRelation edgeRelation() {
        return new EdgeRelation(GraphRelation.fromSettingName(relation), relationField);
    }

    @Override
    public Set<String> attributeFields() {
        return edgeRelation().fields();
    }

    List<RelationFamily> relationFamilies() {
        return families.stream().map(RelationFamily::fromSettingName).toList();
    }

    @Override
    public String kind() {
        return RgcnKind.NAME;
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", RgcnKind.NAME);
        map.put("families", families);
        map.put("relation", relation);
        if (relationField != null) {
            map.put("relation_field", relationField);
        }
        map.put("embedding_dim", embeddingDim);
        map.put("bases", bases);
        map.put("dropout", dropout);
        map.put("learning_rate", learningRate);
        map.put("max_epochs", maxEpochs);
        map.put("negatives", negatives);
        map.put("validation_fraction", validationFraction);
        map.put("validate_every", validateEvery);
        map.put("patience", patience);
        map.put("max_edges", maxEdges);
        map.put("max_relations", maxRelations);
        map.put("whole_graph_edges", wholeGraphEdges);
        map.put("subgraph_edges", subgraphEdges);
        map.put("threshold_quantile", thresholdQuantile);
        map.put("seed", seed);
        map.put("members", members);
        return map;
    }

    /**
     * The settings member {@code member} of the ensemble trains with: its own seed, spread far from the job's so that
     * jobs seeded 42 and 43 share no member.
     */
    RgcnSettings forMember(int member) {
        long memberSeed = seed + member * 0x9E3779B97F4A7C15L;
        return new RgcnSettings(families, relation, relationField, embeddingDim, bases, dropout, learningRate, maxEpochs, negatives,
            validationFraction, validateEvery, patience, maxEdges, maxRelations, wholeGraphEdges, subgraphEdges, thresholdQuantile,
            memberSeed, 1);
    }

    /** The graph is learned afresh over the window at every run: its nodes change from one window to the next. */
    @Override
    public KindTrainer trainer(LoginScorer inUse) {
        return new RgcnTrainer(this);
    }
}

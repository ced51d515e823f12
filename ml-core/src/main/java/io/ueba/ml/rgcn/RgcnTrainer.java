package io.ueba.ml.rgcn;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.LoginGraph;
import io.ueba.ml.graph.LoginGraphBuilder;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.threshold.Threshold;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the window's login graph from the shared pass, trains the RGCN's members on the graph one after the other
 * once the pass is done, and sets the threshold on the novelty scale: a login is suspicious when its new links are
 * together as surprising as a new link less likely than {@code threshold_quantile} of the held-out ones. Every login of
 * the window is on links the window held, so its logins cannot set the threshold: they would all score 0.
 */
final class RgcnTrainer implements KindTrainer {

    private final RgcnSettings settings;
    /** Null once built: its tables are as large as the graph, and training needs the room. */
    private LoginGraphBuilder graph;
    private long logins;

    RgcnTrainer(RgcnSettings settings) {
        this.settings = settings;
        this.graph = new LoginGraphBuilder(EnumSet.copyOf(settings.relationFamilies()), settings.edgeRelation(), settings.maxEdges(),
            settings.maxRelations());
    }

    @Override
    public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
        graph.add(features, login.timestamp());
        logins++;
    }

    @Override
    public KindTraining train(TrainingContext context) {
        long started = System.nanoTime();
        LoginGraph built = graph.build();
        graph = null;
        if (built.edgeCount() == 0) {
            throw new IllegalStateException("no login of the window names both ends of any edge of " + settings.families()
                + ", so the rgcn model has no graph to learn");
        }
        List<LinkTrainer.Result> members = new ArrayList<>(settings.members());
        int epochsBefore = 0;
        for (int m = 0; m < settings.members(); m++) {
            int previousEpochs = epochsBefore;
            // one count of epochs over the members, so that a run's progress only moves forward
            LinkTrainer.EpochListener listener = (epoch, epochs, loss) -> context.onEpoch()
                .epochDone(RgcnKind.NAME, previousEpochs + epoch, settings.members() * epochs, loss);
            LinkTrainer.Result member = new LinkTrainer(settings.forMember(m), context.device(), listener).train(built);
            members.add(member);
            epochsBefore += member.epochs();
        }
        LinkEmbeddings embeddings = LinkEmbeddings.of(settings.relationFamilies(), settings.edgeRelation(), built.nodeKeys(), built.relationNames(),
            members.stream().map(LinkTrainer.Result::embeddings).toList());
        LinkSurprise links = new LinkSurprise(embeddings, KnownLinks.of(built.heads(), built.relations(), built.tails()),
            members.stream().map(LinkTrainer.Result::scales).toList());
        Threshold threshold = new Threshold("novelty(" + settings.thresholdQuantile() + ")", -Math.log(1 - settings.thresholdQuantile()));
        RgcnScorer scorer = new RgcnScorer(context.version(), links, threshold);
        return new KindTraining(scorer, (int) Math.min(Integer.MAX_VALUE, logins), 0, null, (System.nanoTime() - started) / 1_000_000, metrics(built, members));
    }

    /** The graph's size, and the members' epochs and held-out link prediction: summed, or the mean over members. */
    private static Map<String, Double> metrics(LoginGraph graph, List<LinkTrainer.Result> members) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("graph_nodes", (double) graph.nodeCount());
        metrics.put("graph_edges", (double) graph.edgeCount());
        metrics.put("graph_relations", (double) graph.relationCount());
        metrics.put("graph_dropped_logins", (double) graph.droppedLogins());
        metrics.put("members", (double) members.size());
        int epochs = members.stream().mapToInt(LinkTrainer.Result::epochs).sum();
        metrics.put("epochs", (double) epochs);
        metrics.put("seconds_per_epoch", members.stream().mapToLong(LinkTrainer.Result::trainingNanos).sum() / 1e9 / epochs);
        List<LinkValidation> validations = members.stream().map(LinkTrainer.Result::validation).filter(Objects::nonNull).toList();
        if (validations.isEmpty() == false) {
            metrics.put("validation_edges", (double) validations.getFirst().edges());
            metrics.put("validation_epoch", validations.stream().mapToInt(LinkValidation::epoch).average().orElseThrow());
            metrics.put("validation_roc_auc", validations.stream().mapToDouble(LinkValidation::rocAuc).average().orElseThrow());
            metrics.put("validation_average_precision", validations.stream().mapToDouble(LinkValidation::averagePrecision).average()
                .orElseThrow());
        }
        return metrics;
    }
}

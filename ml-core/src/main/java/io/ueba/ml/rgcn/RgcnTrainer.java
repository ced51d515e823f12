package io.ueba.ml.rgcn;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.LoginGraph;
import io.ueba.ml.graph.LoginGraphBuilder;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.threshold.Threshold;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the window's login graph from the shared pass, trains the RGCN on the graph once the pass is done, and sets
 * the threshold on the novelty scale: a login is suspicious when its new links are together as surprising as a new
 * link less likely than {@code threshold_quantile} of the held-out ones. Every login of the window is on links the
 * window held, so its logins cannot set the threshold: they would all score 0.
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
        LinkTrainer.Result result = new LinkTrainer(settings, context.device(),
            (epoch, epochs, loss) -> context.onEpoch().epochDone(RgcnKind.NAME, epoch, epochs, loss)).train(built);
        Threshold threshold = new Threshold("novelty(" + settings.thresholdQuantile() + ")", -Math.log(1 - settings.thresholdQuantile()));
        RgcnScorer scorer = new RgcnScorer(context.version(), result.links(), threshold);
        return new KindTraining(scorer, (int) Math.min(Integer.MAX_VALUE, logins), 0, null, (System.nanoTime() - started) / 1_000_000, metrics(built, result));
    }

    private static Map<String, Double> metrics(LoginGraph graph, LinkTrainer.Result result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("graph_nodes", (double) graph.nodeCount());
        metrics.put("graph_edges", (double) graph.edgeCount());
        metrics.put("graph_relations", (double) graph.relationCount());
        metrics.put("graph_dropped_logins", (double) graph.droppedLogins());
        metrics.put("epochs", (double) result.epochs());
        metrics.put("seconds_per_epoch", result.trainingNanos() / 1e9 / result.epochs());
        if (result.validation() != null) {
            metrics.put("validation_edges", (double) result.validation().edges());
            metrics.put("validation_epoch", (double) result.validation().epoch());
            metrics.put("validation_roc_auc", result.validation().rocAuc());
            metrics.put("validation_average_precision", result.validation().averagePrecision());
        }
        return metrics;
    }
}

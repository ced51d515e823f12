package io.ueba.ml.rgcn;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.graph.LoginGraph;
import io.ueba.ml.graph.LoginGraphBuilder;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.threshold.Threshold;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the window's login graph from the shared pass, keeps a uniform sample of the logins, trains the RGCN on the
 * graph once the pass is done, and sets the threshold at a quantile of the sample's least-likely-edge surprise.
 */
final class RgcnTrainer implements KindTrainer {

    private final RgcnSettings settings;
    private final LoginGraphBuilder graph;
    private final Reservoir<LoginFeatures> calibration;
    private long logins;

    RgcnTrainer(RgcnSettings settings) {
        this.settings = settings;
        this.graph = new LoginGraphBuilder(EnumSet.copyOf(settings.relationFamilies()), settings.maxEdges(), settings.maxRelations());
        this.calibration = new Reservoir<>(settings.calibrationRows(), settings.seed());
    }

    @Override
    public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
        graph.add(features, login.timestamp());
        calibration.offer(LoginKey.of(login), features);
        logins++;
    }

    @Override
    public KindTraining train(TrainingContext context) {
        long started = System.nanoTime();
        LoginGraph built = graph.build();
        if (built.edgeCount() == 0) {
            throw new IllegalStateException("no login of the window names both ends of any edge of " + settings.families()
                + ", so the rgcn model has no graph to learn");
        }
        LinkTrainer.Result result = new LinkTrainer(settings, context.device(),
            (epoch, epochs, loss) -> context.onEpoch().epochDone(RgcnKind.NAME, epoch, epochs, loss)).train(built);
        List<LoginFeatures> sample = calibration.rows();
        // a login that names no edge is not scored at ingest (the combined score leaves the kind out), so it does not
        // set the threshold either
        float[] anomalies = new float[sample.size()];
        int scored = 0;
        for (LoginFeatures login : sample) {
            LinkEmbeddings.EdgeAssessment edge = result.embeddings().leastLikely(login);
            if (edge != null) {
                anomalies[scored++] = (float) edge.anomaly();
            }
        }
        if (scored == 0) {
            throw new IllegalStateException("no sampled login names both ends of an edge of " + settings.families()
                + ", so the rgcn model cannot set its threshold");
        }
        anomalies = Arrays.copyOf(anomalies, scored);
        Threshold threshold = Threshold.quantile(anomalies, settings.thresholdQuantile());
        RgcnScorer scorer = new RgcnScorer(context.version(), result.embeddings().withUnseenAnomaly(threshold.value()), threshold);
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

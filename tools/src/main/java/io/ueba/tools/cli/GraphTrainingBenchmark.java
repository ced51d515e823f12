package io.ueba.tools.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.CyclicTime;
import io.ueba.ml.features.EntityNames;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.rgcn.RgcnSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench-train --model rgcn}: RGCN training speed and memory on a synthetic company's login graph of about the
 * asked number of distinct edges, through the kind's own trainer as a run drives it (graph built from the logins,
 * epochs, the held-out measurement, the novelty scales). Users sit in teams of 50 with a desktop each and log in to ten of
 * their team's twenty servers, now and then from a colleague's desktop or to a server elsewhere, so the graph has the
 * shape of a real one: every login makes three edges (source -> destination, user -> destination, source -> user).
 * It trains one member of the ensemble unless {@code --members} says more: a run trains {@code members} of them one after
 * the other, each at this speed, so the epoch's figures are one member's and the time in all and the peaks are the
 * run's.
 */
final class GraphTrainingBenchmark {

    private static final String[] RELATIONS = { "Kerberos", "NTLM", "Negotiate" };
    private static final int SERVERS_PER_USER = 10;
    private static final int LOGINS_PER_PAIR = 3;
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    private GraphTrainingBenchmark() {}

    static void run(CommandLine args) throws IOException, EngineLoadException {
        int edges = args.integer("edges", 1_000_000, 1000);
        int epochs = args.integer("epochs", 3, 1);
        int dim = args.integer("embedding-dim", RgcnSettings.DEFAULTS.embeddingDim(), 4, 256);
        int subgraphEdges = args.integer("subgraph-edges", RgcnSettings.DEFAULTS.subgraphEdges(), 1000);
        int members = args.integer("members", 1, 1, RgcnSettings.MAX_MEMBERS);
        Path cache = Path.of(args.string("cache", ".ueba/djl-cache"));
        int threads = args.integer("threads", TorchEngineLoader.defaultThreads(), 1, 256);
        args.rejectUnknown();

        System.out.println(new TorchEngineLoader(cache, GraphTrainingBenchmark.class.getClassLoader(), threads).load().devices());
        Device device = Engine.getEngine("PyTorch").defaultDevice();
        KindSettings settings = ModelKinds.BUILT_IN.settings("models[0]", Map.of("type", "rgcn", "max_epochs", epochs, "validate_every", Math.min(epochs, 1000),
            "embedding_dim", dim, "subgraph_edges", subgraphEdges, "members", members));
        KindTrainer trainer = settings.trainer(null);
        long offered = offerCompany(trainer, edges);
        List<Double> losses = new ArrayList<>();
        long started = System.nanoTime();
        KindTraining training = trainer.train(new TrainingContext("bench", device, (kind, epoch, max, loss) -> losses.add(loss)));
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> metrics = training.metrics();
        double trainingEdges = metrics.get("graph_edges") - metrics.getOrDefault("validation_edges", 0.0);
        double secondsPerEpoch = metrics.get("seconds_per_epoch");
        System.out.printf(Locale.ROOT, "graph of %,d logins: %,.0f nodes, %,.0f distinct edges, %,.0f relations%n", offered,
            metrics.get("graph_nodes"), metrics.get("graph_edges"), metrics.get("graph_relations"));
        System.out.printf(Locale.ROOT, "training on %s with %d PyTorch threads: %,.0f edges x %d epochs%s: %.2f s/epoch, %,.0f edges/s, loss %s; %.1f s in all with "
            + "the graph, the held-out measurement (ROC AUC %.3f) and the novelty scales%n", device, threads, trainingEdges, epochs,
            members == 1 ? "" : " x " + members + " members", secondsPerEpoch, trainingEdges / secondsPerEpoch, losses.stream().map(loss -> String.format(Locale.ROOT, "%.3f", loss)).toList(), seconds,
            metrics.getOrDefault("validation_roc_auc", Double.NaN));
        long heap = MemoryUse.peakHeapMegabytes();
        long rss = MemoryUse.peakRssMegabytes();
        System.out.println(MemoryUse.peaksLine(heap, rss));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("model", "rgcn");
        summary.put("device", device.toString());
        summary.put("edges", (long) trainingEdges);
        summary.put("nodes", metrics.get("graph_nodes").longValue());
        summary.put("epochs", epochs);
        summary.put("members", members);
        summary.put("threads", threads);
        summary.put("seconds_per_epoch", Math.round(secondsPerEpoch * 1000) / 1000.0);
        summary.put("edges_per_second", Math.round(trainingEdges / secondsPerEpoch));
        summary.put("peak_heap_mb", heap);
        summary.put("peak_rss_mb", rss);
        summary.put("seconds_in_all", Math.round(seconds * 10) / 10.0);
        summary.put("malloc_mmap_threshold", MemoryUse.mallocMmapThreshold());
        System.out.println(new ObjectMapper().writeValueAsString(summary));
    }

    /** Offers the company's logins to the trainer until the graph has about the asked number of distinct edges. */
    private static long offerCompany(KindTrainer trainer, int edges) {
        // per user: ten servers from the desktop and as the user (about twenty edges), the desktop to the user, and the
        // occasional colleague's desktop or server elsewhere
        int users = Math.max(100, edges / (2 * SERVERS_PER_USER + 2));
        int teams = Math.max(1, users / 50);
        Random random = new Random(42);
        long offered = 0;
        for (int user = 0; user < users; user++) {
            int team = user % teams;
            for (int pair = 0; pair < SERVERS_PER_USER; pair++) {
                boolean elsewhere = random.nextInt(20) == 0;
                String server = "srv-" + (elsewhere ? random.nextInt(teams) : team) + "-" + random.nextInt(20);
                String relation = RELATIONS[random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)] + "/Network";
                for (int login = 0; login < LOGINS_PER_PAIR; login++) {
                    int desktop = random.nextInt(10) == 0 ? team + teams * random.nextInt(Math.max(1, users / teams)) : user;
                    Instant at = START.plusSeconds(random.nextInt(14 * 24 * 3600));
                    offer(trainer, at, "u" + user, "ws-" + desktop, server, relation);
                    offered++;
                }
            }
        }
        return offered;
    }

    private static void offer(KindTrainer trainer, Instant at, String user, String source, String destination, String relation) {
        String[] parts = relation.split("/");
        LoginEvent login = new LoginEvent(at, user, null, null, source, destination, null, LoginOutcome.SUCCESS, parts[0], parts[1], null, null);
        LoginFeatures features = new LoginFeatures(CyclicTime.of(at), user, source, destination, EntityNames.relation(parts[0], parts[1]), true,
            null, null, null);
        trainer.offer(login, features, false);
    }
}

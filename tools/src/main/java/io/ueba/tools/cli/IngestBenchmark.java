package io.ueba.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;
import io.ueba.tools.synth.raw.SshdSyslogLines;
import io.ueba.tools.synth.raw.WinlogbeatEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code bench-ingest}: documents per second through the default login pipeline with and without our processors (or
 * through any two pipelines, {@code --pipeline} against {@code --baseline-pipeline}), on
 * the same node, from the same pre-serialized bulk bodies, rounds alternating between the two so that drift in the
 * machine's speed falls on both. With {@code --source windows} or {@code sshd} the same logins go as raw Windows
 * events or sshd lines through {@code ueba-windows} or {@code ueba-sshd}, against their ECS form through
 * {@code ueba-logins}: what the mapping costs. The ratio is the median of each round's ratio: the two halves of a round run back to
 * back, so a slow spell of a shared machine moves both. The first round warms the node up and is not counted.
 */
final class IngestBenchmark {

    static final String USAGE = "bench-ingest [--docs N] [--rounds R] [--batch-size N] [--source ecs|windows|sshd] [--pipeline NAME] [--baseline-pipeline NAME] [--url URL]";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the baseline is copied for the run, so that the benchmark's clean-up never deletes a pipeline it was given. */
    private static final String BASELINE_PIPELINE = "ueba-bench-baseline";

    private record Config(String name, String index, String pipeline, List<String> bodies) {}

    private static final Duration PROCESS_STATS_REFRESH = Duration.ofMillis(1500);

    private record Measurement(double docsPerSecond, double nodeCpuMicrosPerDoc, double gcMicrosPerDoc) {}

    private IngestBenchmark() {}

    static void run(CommandLine args) throws IOException {
        int docs = args.integer("docs", 50_000, 1);
        int rounds = args.integer("rounds", 5, 1);
        int batchSize = args.integer("batch-size", 1000, 1);
        String source = args.string("source", "ecs");
        String pipeline = args.string("pipeline", switch (source) {
            case "ecs" -> LoginIndices.PIPELINE;
            case "windows", "sshd" -> "ueba-" + source;
            default -> throw new IllegalArgumentException("[--source] must be ecs, windows or sshd, got [" + source + "]");
        });
        boolean raw = source.equals("ecs") == false;
        String baselineName = args.string("baseline-pipeline", raw ? LoginIndices.PIPELINE : null);
        OpenSearchHttp node = new OpenSearchHttp(args.url());
        args.rejectUnknown();

        List<String> ecsBodies = bulkBodies(DemoData.events(docs), batchSize, IngestBenchmark::ecsDocument);
        List<String> sourceBodies = switch (source) {
            case "windows" -> bulkBodies(DemoData.events(docs), batchSize, WinlogbeatEvents::render);
            case "sshd" -> bulkBodies(DemoData.events(docs), batchSize, SshdSyslogLines::render);
            default -> ecsBodies;
        };
        Config baseline = new Config((baselineName == null ? "without the ueba processors" : "with " + baselineName) + (raw ? " (ECS documents)" : ""),
            "logins-bench-baseline", BASELINE_PIPELINE, ecsBodies);
        Config ueba = new Config("with " + pipeline + (raw ? " (" + source + " events)" : ""), "logins-bench-ueba", pipeline, sourceBodies);
        LoginIndices.setUp(node, ueba.index());
        JsonNode baselineBody = baselineName == null ? withoutOurProcessors(pipelineBody(node, pipeline)) : pipelineBody(node, baselineName);
        node.put("/_ingest/pipeline/" + BASELINE_PIPELINE, baselineBody.toString());

        List<Measurement> baselineRuns = new ArrayList<>();
        List<Measurement> uebaRuns = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            boolean baselineFirst = round % 2 == 0;
            Measurement first = measure(node, baselineFirst ? baseline : ueba, docs);
            Measurement second = measure(node, baselineFirst ? ueba : baseline, docs);
            if (round == 0) {
                System.out.printf(Locale.ROOT, "warm-up round: %,.0f and %,.0f docs/s%n", first.docsPerSecond(), second.docsPerSecond());
                continue;
            }
            Measurement without = baselineFirst ? first : second;
            Measurement with = baselineFirst ? second : first;
            baselineRuns.add(without);
            uebaRuns.add(with);
            ratios.add(with.docsPerSecond() / without.docsPerSecond());
            System.out.printf(Locale.ROOT, "round %d: without %,.0f docs/s (node CPU %.1f us/doc, GC %.1f), with %,.0f docs/s (%.1f us/doc, GC %.1f), ratio %.3f%n",
                round, without.docsPerSecond(), without.nodeCpuMicrosPerDoc(), without.gcMicrosPerDoc(), with.docsPerSecond(), with.nodeCpuMicrosPerDoc(),
                with.gcMicrosPerDoc(), ratios.getLast());
        }
        double baselineCpu = median(baselineRuns.stream().map(Measurement::nodeCpuMicrosPerDoc).toList());
        double uebaCpu = median(uebaRuns.stream().map(Measurement::nodeCpuMicrosPerDoc).toList());
        System.out.printf(Locale.ROOT, "%,d docs x %d rounds, bulk of %d: median %s %,.0f docs/s, %s %,.0f docs/s, median ratio of the rounds %.3f%n",
            docs, rounds, batchSize, baseline.name(), median(baselineRuns.stream().map(Measurement::docsPerSecond).toList()), ueba.name(),
            median(uebaRuns.stream().map(Measurement::docsPerSecond).toList()), median(ratios));
        System.out.printf(Locale.ROOT, "node CPU per document (median): %.1f us %s, %.1f us %s, ratio %.3f (the throughput ratio of a node whose CPU is the limit)%n",
            baselineCpu, baseline.name(), uebaCpu, ueba.name(), baselineCpu / uebaCpu);
        System.out.printf(Locale.ROOT, "node GC time per document (median): %.1f us %s, %.1f us %s%n",
            median(baselineRuns.stream().map(Measurement::gcMicrosPerDoc).toList()), baseline.name(),
            median(uebaRuns.stream().map(Measurement::gcMicrosPerDoc).toList()), ueba.name());
        node.delete("/" + baseline.index());
        node.delete("/" + ueba.index());
        node.delete("/_ingest/pipeline/" + BASELINE_PIPELINE);
    }

    /** A stored pipeline's definition, to be copied as the baseline. */
    private static ObjectNode pipelineBody(OpenSearchHttp node, String name) {
        return ((ObjectNode) node.getOk("/_ingest/pipeline/" + name).get(name)).deepCopy();
    }

    /** The pipeline less our processors: what the user would run without the plugin. */
    private static JsonNode withoutOurProcessors(ObjectNode pipeline) {
        ArrayNode kept = JSON.createArrayNode();
        pipeline.get("processors").forEach(processor -> {
            if (processor.fieldNames().next().startsWith("ueba_") == false) {
                kept.add(processor);
            }
        });
        pipeline.set("processors", kept);
        return pipeline;
    }

    private static Measurement measure(OpenSearchHttp node, Config config, int docs) {
        node.delete("/" + config.index());
        node.put("/" + config.index(), "{\"settings\": {\"number_of_replicas\": 0, \"index.default_pipeline\": \"" + config.pipeline() + "\"}}");
        NodeTimes before = freshNodeTimes(node);
        long start = System.nanoTime();
        for (String body : config.bodies()) {
            JsonNode reply = node.postOk("/" + config.index() + "/_bulk", body);
            if (reply.get("errors").asBoolean()) {
                throw new IllegalStateException("bulk into " + config.index() + " had item errors: " + reply.get("items").get(0));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        NodeTimes after = freshNodeTimes(node);
        return new Measurement(docs / seconds, (after.cpuMillis() - before.cpuMillis()) * 1000.0 / docs,
            (after.gcMillis() - before.gcMillis()) * 1000.0 / docs);
    }

    /** CPU time the nodes' processes have used, and the time their collectors have spent, each summed over the nodes. */
    private record NodeTimes(long cpuMillis, long gcMillis) {}

    /**
     * The nodes' times from one stats request. CPU time, unlike wall time, a busy neighbour does not move. A node
     * refreshes it at most once a second ({@code monitor.process.refresh_interval}), so this waits out one refresh
     * first; the node is idle meanwhile and adds next to nothing.
     */
    private static NodeTimes freshNodeTimes(OpenSearchHttp node) {
        try {
            Thread.sleep(PROCESS_STATS_REFRESH.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the node's process stats", e);
        }
        long cpu = 0;
        long gc = 0;
        for (JsonNode stats : node.getOk("/_nodes/stats/process,jvm?filter_path=nodes.*.process.cpu.total_in_millis,"
            + "nodes.*.jvm.gc.collectors.*.collection_time_in_millis").get("nodes")) {
            cpu += stats.at("/process/cpu/total_in_millis").asLong();
            for (JsonNode collector : stats.at("/jvm/gc/collectors")) {
                gc += collector.get("collection_time_in_millis").asLong();
            }
        }
        return new NodeTimes(cpu, gc);
    }

    private static String ecsDocument(LoginEvent login) {
        try {
            return JSON.writeValueAsString(EcsLoginDocument.toDocument(login));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> bulkBodies(Iterator<LoginEvent> events, int batchSize, Function<LoginEvent, String> document) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        while (events.hasNext()) {
            body.append("{\"index\":{}}\n").append(document.apply(events.next())).append('\n');
            if (++inBody == batchSize) {
                bodies.add(body.toString());
                body.setLength(0);
                inBody = 0;
            }
        }
        if (inBody > 0) {
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

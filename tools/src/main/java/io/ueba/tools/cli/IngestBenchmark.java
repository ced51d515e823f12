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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * {@code bench-ingest}: documents per second through the default login pipeline with and without our processors (or
 * through any two pipelines, {@code --pipeline} against {@code --baseline-pipeline}), on the same node, from the same
 * pre-serialized bulk bodies. Each bulk body goes to both pipelines back to back, which one first alternating from
 * bulk to bulk, so that a slow spell of a shared machine (tens of milliseconds to seconds) falls on both alike: a
 * round's ratio is then steady to a percent or two, where whole rounds taken one pipeline after the other differed by
 * a tenth. Besides the documents per second the client sees, it sums the node's own time on each bulk, as the
 * responses give it (the pipeline's {@code ingest_took} and the indexing's {@code took}): that leaves out the client,
 * the network and the parsing of the bulk request, the same for both pipelines. With {@code --source windows} or
 * {@code sshd} the same logins go as raw Windows events or sshd lines through {@code ueba-windows} or
 * {@code ueba-sshd}, against their ECS form through {@code ueba-logins}: what the mapping costs. The ratio is the
 * median of the rounds' ratios. The first round warms the node up and is not counted.
 */
final class IngestBenchmark {

    static final String USAGE = "bench-ingest [--docs N] [--rounds R] [--batch-size N] [--source ecs|windows|sshd] [--pipeline NAME] [--baseline-pipeline NAME] [--url URL]";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the baseline is copied for the run, so that the benchmark's clean-up never deletes a pipeline it was given. */
    private static final String BASELINE_PIPELINE = "ueba-bench-baseline";
    /** What the benchmark reads of a bulk response: a smaller answer keeps the client's share of the time small. */
    private static final String BULK_RESPONSE_FIELDS = "?filter_path=took,ingest_took,errors,items.*.error";

    private record Config(String name, String index, String pipeline, List<String> bodies) {}

    /**
     * One pipeline's share of a round, over all its bulks: the client's elapsed time, and the node's own, which its
     * bulk responses give as {@code ingest_took} (the pipeline) plus {@code took} (the indexing after it).
     */
    private static final class Timing {
        private long clientNanos;
        private long nodeMillis;

        double docsPerSecond(int docs) {
            return docs / (clientNanos / 1e9);
        }

        double nodeMicrosPerDoc(int docs) {
            return nodeMillis * 1000.0 / docs;
        }
    }

    /** What a round measured of each pipeline: documents per second as the client saw them, and the node's microseconds a document. */
    private record Round(double baselineRate, double uebaRate, double baselineNodeMicros, double uebaNodeMicros) {

        double ratio() {
            return uebaRate / baselineRate;
        }

        double nodeRatio() {
            return baselineNodeMicros / uebaNodeMicros;
        }
    }

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

        List<Round> measured = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            Round result = runRound(node, baseline, ueba, round, docs);
            if (round == 0) {
                System.out.printf(Locale.ROOT, "warm-up round: %,.0f docs/s %s, %,.0f docs/s %s%n", result.baselineRate(), baseline.name(),
                    result.uebaRate(), ueba.name());
                continue;
            }
            measured.add(result);
            System.out.printf(Locale.ROOT, "round %d: without %,.0f docs/s (node %.1f us/doc), with %,.0f docs/s (%.1f us/doc), ratio %.3f (node %.3f)%n",
                round, result.baselineRate(), result.baselineNodeMicros(), result.uebaRate(), result.uebaNodeMicros(), result.ratio(), result.nodeRatio());
        }
        System.out.printf(Locale.ROOT, "%,d docs x %d rounds, bulk of %d: median %s %,.0f docs/s, %s %,.0f docs/s, median ratio of the rounds %.3f%n",
            docs, rounds, batchSize, baseline.name(), median(measured, Round::baselineRate), ueba.name(), median(measured, Round::uebaRate),
            median(measured, Round::ratio));
        System.out.printf(Locale.ROOT, "node time per document (median, the bulk responses' ingest_took + took): %.1f us %s, %.1f us %s, median ratio of the rounds %.3f%n",
            median(measured, Round::baselineNodeMicros), baseline.name(), median(measured, Round::uebaNodeMicros), ueba.name(),
            median(measured, Round::nodeRatio));
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

    /** Fresh indices, then every bulk into both, the one that goes first alternating from bulk to bulk and from round to round. */
    private static Round runRound(OpenSearchHttp node, Config baseline, Config ueba, int round, int docs) {
        Timing without = new Timing();
        Timing with = new Timing();
        createIndex(node, baseline);
        createIndex(node, ueba);
        for (int bulk = 0; bulk < baseline.bodies().size(); bulk++) {
            boolean baselineFirst = (bulk + round) % 2 == 0;
            index(node, baselineFirst ? baseline : ueba, bulk, baselineFirst ? without : with);
            index(node, baselineFirst ? ueba : baseline, bulk, baselineFirst ? with : without);
        }
        return new Round(without.docsPerSecond(docs), with.docsPerSecond(docs), without.nodeMicrosPerDoc(docs), with.nodeMicrosPerDoc(docs));
    }

    private static void createIndex(OpenSearchHttp node, Config config) {
        node.delete("/" + config.index());
        node.put("/" + config.index(), "{\"settings\": {\"number_of_replicas\": 0, \"index.default_pipeline\": \"" + config.pipeline() + "\"}}");
    }

    private static void index(OpenSearchHttp node, Config config, int bulk, Timing timing) {
        long start = System.nanoTime();
        JsonNode reply = node.postOk("/" + config.index() + "/_bulk" + BULK_RESPONSE_FIELDS, config.bodies().get(bulk));
        timing.clientNanos += System.nanoTime() - start;
        timing.nodeMillis += reply.get("took").asLong() + reply.path("ingest_took").asLong(0);
        if (reply.get("errors").asBoolean()) {
            throw new IllegalStateException("bulk into " + config.index() + " had item errors: " + reply.get("items").get(0));
        }
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

    private static double median(List<Round> rounds, ToDoubleFunction<Round> measure) {
        double[] sorted = rounds.stream().mapToDouble(measure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

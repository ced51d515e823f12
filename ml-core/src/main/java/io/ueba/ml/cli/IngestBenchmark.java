package io.ueba.ml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.load.OpenSearchHttp;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench-ingest}: documents per second through the default login pipeline with and without our processor, on
 * the same node, from the same pre-serialized bulk bodies, rounds alternating between the two so that drift in the
 * machine's speed falls on both. The first round warms the node up and is not counted.
 */
final class IngestBenchmark {

    static final String USAGE = "bench-ingest [--docs N] [--rounds R] [--batch-size N] [--url URL]";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASELINE_PIPELINE = "ueba-bench-baseline";
    private static final String PIPELINE = "ueba-logins";

    private record Config(String name, String index, String pipeline) {}

    private IngestBenchmark() {}

    static void run(CommandLine args) throws IOException {
        int docs = args.integer("docs", 50_000, 1);
        int rounds = args.integer("rounds", 5, 1);
        int batchSize = args.integer("batch-size", 1000, 1);
        OpenSearchHttp node = new OpenSearchHttp(args.url());
        args.rejectUnknown();

        List<String> bodies = bulkBodies(DemoData.events(docs), batchSize);
        Config baseline = new Config("without the ueba processors", "logins-bench-baseline", BASELINE_PIPELINE);
        Config ueba = new Config("with ueba_login_features and ueba_login_score", "logins-bench-ueba", PIPELINE);
        LoginIndices.setUp(node, ueba.index());
        node.put("/_ingest/pipeline/" + BASELINE_PIPELINE, baselinePipeline(node).toString());

        List<Double> baselineRates = new ArrayList<>();
        List<Double> uebaRates = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            boolean baselineFirst = round % 2 == 0;
            double first = measure(node, baselineFirst ? baseline : ueba, bodies, docs);
            double second = measure(node, baselineFirst ? ueba : baseline, bodies, docs);
            if (round == 0) {
                System.out.printf(Locale.ROOT, "warm-up round: %,.0f and %,.0f docs/s%n", first, second);
                continue;
            }
            (baselineFirst ? baselineRates : uebaRates).add(first);
            (baselineFirst ? uebaRates : baselineRates).add(second);
            System.out.printf(Locale.ROOT, "round %d: without %,.0f docs/s, with %,.0f docs/s%n",
                round, baselineRates.getLast(), uebaRates.getLast());
        }
        double baselineMedian = median(baselineRates);
        double uebaMedian = median(uebaRates);
        System.out.printf(Locale.ROOT, "%,d docs x %d rounds, bulk of %d: median %s %,.0f docs/s, %s %,.0f docs/s, ratio %.3f%n",
            docs, rounds, batchSize, baseline.name(), baselineMedian, ueba.name(), uebaMedian, uebaMedian / baselineMedian);
        node.delete("/" + baseline.index());
        node.delete("/" + ueba.index());
        node.delete("/_ingest/pipeline/" + BASELINE_PIPELINE);
    }

    /** The installed login pipeline less our processors: what the user would run without the plugin. */
    private static JsonNode baselinePipeline(OpenSearchHttp node) {
        OpenSearchHttp.Reply reply = node.get("/_ingest/pipeline/" + PIPELINE);
        if (reply.ok() == false) {
            throw new IllegalStateException("GET /_ingest/pipeline/" + PIPELINE + " answered " + reply.status());
        }
        ObjectNode pipeline = ((ObjectNode) reply.body().get(PIPELINE)).deepCopy();
        ArrayNode kept = JSON.createArrayNode();
        pipeline.get("processors").forEach(processor -> {
            if (processor.fieldNames().next().startsWith("ueba_") == false) {
                kept.add(processor);
            }
        });
        pipeline.set("processors", kept);
        return pipeline;
    }

    private static double measure(OpenSearchHttp node, Config config, List<String> bodies, int docs) {
        node.delete("/" + config.index());
        node.put("/" + config.index(), "{\"settings\": {\"number_of_replicas\": 0, \"index.default_pipeline\": \"" + config.pipeline() + "\"}}");
        long start = System.nanoTime();
        for (String body : bodies) {
            JsonNode reply = node.postOk("/" + config.index() + "/_bulk", body);
            if (reply.get("errors").asBoolean()) {
                throw new IllegalStateException("bulk into " + config.index() + " had item errors: " + reply.get("items").get(0));
            }
        }
        return docs / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> bulkBodies(Iterator<LoginEvent> events, int batchSize) throws IOException {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        while (events.hasNext()) {
            body.append("{\"index\":{}}\n").append(JSON.writeValueAsString(EcsLoginDocument.toDocument(events.next()))).append('\n');
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

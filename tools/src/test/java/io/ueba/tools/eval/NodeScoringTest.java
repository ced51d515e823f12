package io.ueba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.tools.load.OpenSearchHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NodeScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeNode node = new FakeNode();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", node::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachSeedRetrainsTheJobWithItAndScoresTheHeldOutLoginsIntoAFreshTestIndex() throws Exception {
        List<LoginEvent> train = List.of(login("2019-01-01T10:00:00Z", LoginLabel.BENIGN), login("2019-01-02T10:00:00Z", LoginLabel.BENIGN));
        List<LoginEvent> test = List.of(login("2019-01-03T10:00:00Z", LoginLabel.attack("x")), login("2019-01-03T11:00:00Z", LoginLabel.BENIGN));
        NodeScoring scoring = new NodeScoring(new OpenSearchHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
            new EvalModels(List.of("autoencoder", "rarity")));

        List<SeededRun> runs = scoring.score(train, test, List.of(5L, 6L), new Phases());

        assertEquals(List.of(5L, 6L), node.jobs.stream().map(job -> job.at("/models/0/seed").asLong()).toList());
        assertEquals(List.of(5L, 6L), node.jobs.stream().map(job -> job.at("/models/1/seed").asLong()).toList());
        assertEquals(List.of("autoencoder", "rarity"), List.of(node.jobs.getFirst().at("/models/0/type").asText(),
            node.jobs.getFirst().at("/models/1/type").asText()));
        assertEquals(List.of(false, false), node.jobs.stream().map(job -> job.at("/models/0/incremental").asBoolean(true)).toList());
        assertEquals(List.of(EvalPipeline.MODEL_SET, EvalPipeline.MODEL_SET), node.jobs.stream().map(job -> job.get("model_set").asText()).toList());
        assertEquals("{\"processors\":[{\"ueba_login_features\":{\"model_set\":\"ueba-eval\"}},{\"ueba_login_score\":{\"write_scores\":\"always\"}}]}",
            node.evalPipeline.toString(), "the evaluation's copy scores with its own set and writes every kind's score");
        assertEquals(List.of(NodeScoring.TRAIN_INDEX, NodeScoring.TEST_INDEX, NodeScoring.TEST_INDEX), node.createdIndices);
        assertEquals(List.of(NodeScoring.TRAIN_INDEX, NodeScoring.TEST_INDEX, NodeScoring.TEST_INDEX), node.bulkIndices);
        assertEquals(List.of("/" + NodeScoring.TRAIN_INDEX, "/" + NodeScoring.TEST_INDEX, "/" + NodeScoring.TEST_INDEX),
            node.deleted.stream().filter(path -> path.startsWith("/logins-")).toList());
        assertEquals(List.of(5L, 6L), runs.stream().map(SeededRun::seed).toList());
        // The fake node's n-th model scores every login n: each seed's run is read back with its own model.
        assertEquals(List.of(1.0, 1.0), runs.get(0).scored().stream().map(ScoredLogin::score).toList());
        assertEquals(List.of(2.0, 2.0), runs.get(1).scored().stream().map(ScoredLogin::score).toList());
        assertEquals(Map.of("autoencoder", 2.0, "rarity", 0.5), runs.get(1).scored().getFirst().kindScores());
        assertEquals(test, runs.get(1).scored().stream().map(ScoredLogin::event).toList());
        assertFalse(node.bulkBodies.stream().anyMatch(body -> body.contains("label")), "no label reaches the node");
    }

    private static LoginEvent login(String time, LoginLabel label) {
        return new LoginEvent(Instant.parse(time), "alice", null, "10.0.0.1", null, "srv", null, LoginOutcome.SUCCESS, null, null, null, label);
    }

    /** Answers the calls an evaluation makes as a node would, and remembers them. */
    private static final class FakeNode {

        final List<JsonNode> jobs = new ArrayList<>();
        final List<String> bulkIndices = new ArrayList<>();
        final List<String> bulkBodies = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> createdIndices = new ArrayList<>();
        JsonNode evalPipeline;
        private final List<String> testIds = new ArrayList<>();
        private int models;

        void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ObjectNode reply = JSON.createObjectNode();
            switch (exchange.getRequestMethod() + " " + path) {
                case "PUT " + NodeScoring.JOB -> jobs.add(JSON.readTree(body));
                case "POST " + NodeScoring.JOB + "/_run" -> reply.put("run_id", "run-" + ++models);
                case "GET " + NodeScoring.JOB -> reply.putObject("last_run").put("run_id", "run-" + models).put("state", "succeeded")
                    .put("model_id", "model-" + models);
                case "GET /_ingest/pipeline/ueba-logins" -> reply.set("ueba-logins", JSON.readTree("""
                    {"processors": [{"ueba_login_features": {}}, {"ueba_login_score": {}}]}"""));
                case "PUT /_ingest/pipeline/" + EvalPipeline.NAME -> evalPipeline = JSON.readTree(body);
                case "POST /_ingest/pipeline/" + EvalPipeline.NAME + "/_simulate" -> reply.putArray("docs").addObject().putObject("doc").putObject("_source")
                    .putObject("ueba").put("model_version", "model-" + models);
                case "POST /" + NodeScoring.TEST_INDEX + "/_search" -> {
                    // The scroll that reads the scores back; the loader's search for documents the pipeline marked with an error finds none.
                    if (exchange.getRequestURI().getQuery() != null) {
                        hits(reply.put("_scroll_id", "scroll"));
                    } else {
                        reply.putObject("hits").putArray("hits");
                    }
                }
                case "POST /_search/scroll" -> reply.put("_scroll_id", "scroll").putObject("hits").putArray("hits");
                default -> {
                    if (path.endsWith("/_bulk")) {
                        bulk(path.substring(1, path.indexOf('/', 1)), body, reply);
                    } else if (exchange.getRequestMethod().equals("PUT") && path.startsWith("/logins-")) {
                        assertEquals(EvalPipeline.NAME, JSON.readTree(body).at("/settings/index.default_pipeline").asText());
                        createdIndices.add(path.substring(1));
                    } else if (exchange.getRequestMethod().equals("DELETE")) {
                        deleted.add(path);
                        if (path.equals("/" + NodeScoring.TEST_INDEX)) {
                            testIds.clear();
                        }
                    }
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        private void bulk(String index, String body, ObjectNode reply) throws IOException {
            bulkIndices.add(index);
            bulkBodies.add(body);
            ArrayNode items = reply.putArray("items");
            String[] lines = body.split("\n");
            for (int i = 0; i < lines.length; i += 2) {
                String id = JSON.readTree(lines[i]).at("/index/_id").asText("generated-" + i);
                if (index.equals(NodeScoring.TEST_INDEX)) {
                    testIds.add(id);
                }
                items.addObject().putObject("index").put("_id", id).put("status", 201);
            }
        }

        private void hits(ObjectNode reply) {
            ArrayNode hits = reply.putObject("hits").putArray("hits");
            for (String id : testIds) {
                ObjectNode hit = hits.addObject().put("_id", id);
                ObjectNode ueba = hit.putObject("_source").putObject("ueba").put("score", models).put("model_version", "model-" + models);
                ueba.putObject("scores").put("autoencoder", models).put("rarity", 0.5);
            }
        }
    }
}

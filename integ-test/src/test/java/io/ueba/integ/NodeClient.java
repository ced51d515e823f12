package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Talks JSON over HTTP to the node the build started; its address comes from the {@code ueba.integ.url} property. */
final class NodeClient {

    /** A response: the HTTP status and the parsed body. */
    record Reply(int status, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN_PIPELINE = "ueba-logins";
    private static final String ALL_FEATURES_PIPELINE = "ueba-logins-all-features";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    NodeClient() {
        String url = System.getProperty("ueba.integ.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("ueba.integ.url is not set: run the integration tests through Maven (mvn verify)");
        }
        this.baseUrl = url;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Whether a run's status says it has ended, whichever way. */
    static final Predicate<JsonNode> RUN_ENDED = run -> "running".equals(run.path("state").asText()) == false;

    /** The job's latest run once it is the given run and {@code reached} holds for it, waiting up to 60 s. */
    JsonNode waitForJobRun(String jobPath, String runId, Predicate<JsonNode> reached) throws IOException, InterruptedException {
        JsonNode run = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            run = get(jobPath).body().get("last_run");
            if (run != null && runId.equals(run.path("run_id").asText()) && reached.test(run)) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run " + runId + " of " + jobPath + " did not get there within 60 s: " + run);
    }

    /** Starts a run of the job, waits for it to end, and returns its id; fails unless it succeeded. */
    String runJobToSuccess(String jobPath) throws IOException, InterruptedException {
        String runId = post(jobPath + "/_run", "").body().get("run_id").asText();
        JsonNode ended = waitForJobRun(jobPath, runId, RUN_ENDED);
        if ("succeeded".equals(ended.get("state").asText()) == false) {
            throw new AssertionError("run " + runId + " of " + jobPath + " did not succeed: " + ended);
        }
        return runId;
    }

    /** Installs the login template and pipeline and deletes the index, so a test starts from an empty one. */
    void emptyLoginIndex(String index) throws IOException, InterruptedException {
        expectOk(post("/_plugins/_ueba/_setup", ""), "_setup");
        delete("/" + index);
    }

    /**
     * Like {@link #emptyLoginIndex}, then creates the index with a copy of the login pipeline whose
     * {@code ueba_login_features} writes every feature ({@code write_features: all}), for tests that read them: the
     * installed pipeline writes only the novelty.
     */
    void emptyLoginIndexWritingAllFeatures(String index) throws IOException, InterruptedException {
        emptyLoginIndexWithFeaturesOption(index, ALL_FEATURES_PIPELINE, "write_features", "all");
    }

    /**
     * Like {@link #emptyLoginIndex}, then creates the index with {@code pipeline} as its default: a copy of the login
     * pipeline with one option of its {@code ueba_login_features} set.
     */
    void emptyLoginIndexWithFeaturesOption(String index, String pipeline, String option, String value) throws IOException,
        InterruptedException {
        emptyLoginIndex(index);
        ObjectNode copy = (ObjectNode) get("/_ingest/pipeline/" + LOGIN_PIPELINE).body().get(LOGIN_PIPELINE);
        copy.get("processors").forEach(processor -> {
            if (processor.has("ueba_login_features")) {
                ((ObjectNode) processor.get("ueba_login_features")).put(option, value);
            }
        });
        expectOk(put("/_ingest/pipeline/" + pipeline, copy.toString()), "PUT " + pipeline);
        expectOk(put("/" + index, "{\"settings\": {\"index.default_pipeline\": \"" + pipeline + "\"}}"), "PUT " + index);
    }

    /**
     * Waits until the node scores the model set's {@code kind} (or its profile) with this version, as
     * {@code GET /_plugins/_ueba} shows it; the set's status then.
     */
    JsonNode waitForModelSet(String modelSet, String kind, String version) throws IOException, InterruptedException {
        JsonNode set = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            set = get("/_plugins/_ueba").body().at("/nodes/0/model_sets/" + modelSet);
            if (version.equals(set.at("/scoring_with/" + kind).asText())) {
                return set;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the node did not take version " + version + " of " + modelSet + " within 30 s: " + set);
    }

    /** Sets one option of every {@code processor} of the pipeline. */
    void setProcessorOption(String pipeline, String processor, String option, String value) throws IOException, InterruptedException {
        ObjectNode definition = (ObjectNode) get("/_ingest/pipeline/" + pipeline).body().get(pipeline);
        definition.get("processors").forEach(each -> {
            if (each.has(processor)) {
                ((ObjectNode) each.get(processor)).put(option, value);
            }
        });
        expectOk(put("/_ingest/pipeline/" + pipeline, definition.toString()), "PUT " + pipeline);
    }

    /** What the installed {@code ueba-logins} pipeline writes under {@code ueba} for a document with this source, by {@code _simulate}. */
    JsonNode simulateLoginPipeline(String sourceJson) throws IOException, InterruptedException {
        Reply reply = post("/_ingest/pipeline/" + LOGIN_PIPELINE + "/_simulate", "{\"docs\": [{\"_source\": " + sourceJson + "}]}");
        expectOk(reply, "_simulate");
        return reply.body().at("/docs/0/doc/_source/ueba");
    }

    private static void expectOk(Reply reply, String what) {
        if (reply.status() != 200) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }

    /** Indexes the logins through the index's default pipeline, refreshed, and fails on any refused document. */
    /** Indexes one login through the index's pipeline, refreshed, and returns what the pipeline wrote under {@code ueba}. */
    JsonNode indexAndReadUeba(String index, String loginJson) throws IOException, InterruptedException {
        Reply indexed = post("/" + index + "/_doc?refresh=true", loginJson);
        if (indexed.status() != 201) {
            throw new IllegalStateException("indexing a login answered " + indexed.status() + ": " + indexed.body());
        }
        return get("/" + index + "/_doc/" + indexed.body().get("_id").asText()).body().at("/_source/ueba");
    }

    /** Deletes a test's job, its model set's pointer and the versions it published, so the tests after it see only theirs. */
    void deleteJobAndModelSet(String jobPath, String modelSet, List<String> published) throws IOException, InterruptedException {
        delete(jobPath);
        post("/.ueba-models/_delete_by_query?refresh=true", """
            {"query": {"bool": {"should": [{"term": {"model_set": "%s"}}, {"terms": {"model_id": %s}}]}}}"""
            .formatted(modelSet, JSON.writeValueAsString(published)));
    }

    void indexLogins(String index, List<LoginEvent> logins) throws IOException, InterruptedException {
        StringBuilder bulk = new StringBuilder();
        for (LoginEvent login : logins) {
            bulk.append("{\"index\": {}}\n").append(JSON.writeValueAsString(EcsLoginDocument.toDocument(login))).append('\n');
        }
        Reply reply = post("/" + index + "/_bulk?refresh=true", bulk.toString());
        if (reply.status() != 200 || reply.body().get("errors").asBoolean()) {
            throw new IllegalStateException("_bulk answered " + reply.status() + ": " + reply.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
            // _train answers when its run has ended: tens of seconds on a busy two-core machine.
            .timeout(Duration.ofSeconds(180))
            .header("Content-Type", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Reply(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
    }
}

package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models live in the store, not in a node's memory: a trained version is listed with its metadata, a node restarted
 * scores with it again, a run cut short by the restart shows as interrupted and leaves the version in use as it was,
 * and only the versions to keep stay in the store.
 */
class ModelStoreIT {

    private static final String INDEX = "logins-model-store-it";
    private static final String JOB = "/_plugins/_ueba/jobs/model-store-it";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeClient node = new NodeClient();

    @Test
    void modelsOutliveARestartAndARunCutShortPublishesNothing() throws Exception {
        node.emptyLoginIndex(INDEX);
        node.delete(JOB);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(15, ChronoUnit.DAYS);
        List<LoginEvent> events = new DemoLoginGenerator(
            DemoLoginConfig.defaults().withUsers(120).withPeriod(start, 14).withAttacks(0, 0, 0)).stream().toList();
        node.indexLogins(INDEX, events);

        String first = train();
        JsonNode listed = node.get("/_plugins/_ueba/models").body();
        assertEquals(first, listed.at("/current/default").asText(), listed.toString());
        JsonNode newest = listed.get("models").get(0);
        assertEquals(first, newest.get("model_id").asText());
        assertTrue(newest.get("current").asBoolean());
        assertEquals("autoencoder", newest.at("/kinds/0").asText());
        assertEquals(events.size(), newest.get("training").get("logins_read").asInt());
        assertTrue(newest.at("/training/models/0/threshold/value").asDouble() > 0, newest.toString());
        assertTrue(newest.get("storage").get("bytes").asInt() > 0, newest.toString());
        NodeClient.Reply one = node.get("/_plugins/_ueba/models/" + first);
        assertEquals(200, one.status());
        assertEquals(newest.get("storage"), one.body().get("storage"));
        assertEquals(404, node.get("/_plugins/_ueba/models/run-0").status());

        // A job's run in the middle of training when the node stops: it shows as interrupted as soon as the node is
        // back, nothing it did comes into use, and the next run starts cleanly.
        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model": {"incremental": false, "epochs": 1000}}""".formatted(INDEX)).status());
        String cutShort = node.post(JOB + "/_run", "").body().get("run_id").asText();
        JsonNode training = node.waitForJobRun(JOB, cutShort, run -> "training".equals(run.path("phase").asText()) && run.path("epoch").asInt() > 0);
        assertEquals("running", training.get("state").asText(), training.toString());
        NodeLauncher.restart();
        NodeClient.Reply health = node.get("/_cluster/health?wait_for_status=yellow&timeout=60s");
        assertEquals(200, health.status(), "the restarted node's shards did not recover: " + health.body());
        JsonNode interrupted = node.get(JOB).body().get("last_run");
        assertEquals(cutShort, interrupted.get("run_id").asText(), interrupted.toString());
        assertEquals("interrupted", interrupted.get("state").asText(), interrupted.toString());
        assertEquals("interrupted: its node restarted", interrupted.get("error").asText());
        assertEquals(first, node.get("/_plugins/_ueba/models").body().at("/current/default").asText(), "a run cut short by the restart came into use");
        assertEquals(first, scoredBy(events.getLast()), "the restarted node does not score with the stored model");

        assertEquals(200, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model": {"incremental": false, "epochs": 2}}""".formatted(INDEX)).status());
        String rerun = node.runJobToSuccess(JOB);
        assertEquals(rerun, scoredBy(events.getLast()));
        assertEquals(200, node.delete(JOB).status());

        String next = train();
        assertNotEquals(rerun, next);
        assertEquals(next, scoredBy(events.getLast()));

        // Keeping one version deletes the others' metadata and chunks; the runs' status documents stay as history.
        assertEquals(200, node.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.model_store.keep_versions\": 1}}").status());
        try {
            String last = train();
            JsonNode models = node.get("/_plugins/_ueba/models").body().get("models");
            assertEquals(1, models.size(), models.toString());
            assertEquals(last, models.get(0).get("model_id").asText());
            JsonNode others = node.post("/.ueba-models/_count", """
                {"query": {"bool": {"filter": [{"terms": {"doc_type": ["model", "chunk"]}}],
                                    "must_not": [{"term": {"model_id": "%s"}}]}}}""".formatted(last)).body();
            assertEquals(0, others.get("count").asInt(), others.toString());
        } finally {
            node.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.model_store.keep_versions\": null}}");
        }
    }

    private String train() throws IOException, InterruptedException {
        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertFalse(trained.body().get("model_version").isNull(), trained.body().toString());
        return trained.body().get("profile_version").asText();
    }

    /** The model version the pipeline scores a login with, waiting up to 30 s for the node to load one. */
    private String scoredBy(LoginEvent login) throws IOException, InterruptedException {
        String source = JSON.writeValueAsString(EcsLoginDocument.toDocument(login));
        JsonNode ueba = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            ueba = node.simulateLoginPipeline(source);
            if (ueba.has("score")) {
                return ueba.get("model_version").asText();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not scored within 30 s: " + ueba);
    }
}

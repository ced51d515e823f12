package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a run must not publish: a window with too few logins (an empty profile would make every user new), and the run
 * of a job deleted or stopped while it ran; and what a kind that fails to train must not cost the other kinds.
 */
class TrainingSafetyIT {

    private static final String INDEX = "logins-safety-it";
    private static final String JOB = "/_plugins/_ueba/jobs/safety-it";
    private static final String MODEL_SET = "safety-it";

    private final NodeClient node = new NodeClient();

    @Test
    void aWindowWithoutLoginsPublishesNothing() throws Exception {
        node.emptyLoginIndex(INDEX);
        indexLogins();
        String before = train(INDEX, "30d").get("model_version").asText();

        JsonNode empty = train(INDEX, "1ms");
        assertFalse(empty.get("published").asBoolean(), empty.toString());
        assertEquals(0, empty.get("logins_read").asInt(), empty.toString());
        assertTrue(empty.get("reason").asText().contains("nothing was published"), empty.toString());
        assertTrue(empty.get("model_version").isNull(), empty.toString());
        assertEquals(before, node.get("/_plugins/_ueba/models").body().at("/current/default").asText());
        JsonNode usual = node.simulateLoginPipeline("""
            {"@timestamp": "%s", "user": {"name": "nobody-new"}, "event": {"outcome": "success"}}""".formatted(Instant.now()));
        assertEquals(before, usual.get("model_version").asText(), usual.toString());

        // A job set up before its logins arrive: its run finds nothing and says so.
        node.delete(JOB);
        assertEquals(201, node.put(JOB, "{\"indices\": \"logins-not-yet-*\", \"enabled\": false}").status());
        String run = node.post(JOB + "/_run", "").body().get("run_id").asText();
        JsonNode ended = node.waitForJobRun(JOB, run, NodeClient.RUN_ENDED);
        assertEquals("skipped", ended.get("state").asText(), ended.toString());
        assertTrue(ended.get("reason").asText().contains("holds 0 successful logins"), ended.toString());
        node.delete(JOB);
    }

    @Test
    void deletingOrStoppingAJobCancelsItsRun() throws Exception {
        node.emptyLoginIndex(INDEX);
        indexLogins();
        node.delete(JOB);
        String before = train(INDEX, "30d").get("model_version").asText();

        JsonNode deleted = cancelledBy(() -> assertEquals(200, node.delete(JOB).status()));
        assertEquals("cancelled", deleted.get("state").asText(), deleted.toString());
        assertEquals("job [safety-it] was deleted", deleted.get("reason").asText());

        JsonNode stopped = cancelledBy(() -> assertEquals(200, node.post(JOB + "/_stop", "").status()));
        assertEquals("cancelled", stopped.get("state").asText(), stopped.toString());
        assertEquals("job [safety-it] was stopped", stopped.get("reason").asText());
        assertEquals(before, node.get("/_plugins/_ueba/models").body().at("/current/default").asText(), "a cancelled run published");
        node.delete(JOB);
    }

    @Test
    void aKindThatFailsToTrainIsLeftOutAndTheOthersArePublished() throws Exception {
        node.emptyLoginIndex(INDEX);
        // Logins that name no destination: an rgcn that learns only source-to-destination edges has no graph to learn.
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        node.indexLogins(INDEX, new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(30).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream()
            .map(login -> new LoginEvent(login.timestamp(), login.user(), login.userDomain(), login.sourceIp(), login.sourceHost(),
                login.sourceCountry(), null, null, login.outcome(), login.authPackage(), login.logonType(), login.failureReason(), login.label()))
            .toList());
        node.delete(JOB);
        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s",
             "models": [{"type": "rarity"}, {"type": "rgcn", "families": ["source_destination"]}]}""".formatted(INDEX, MODEL_SET)).status());
        try {
            String runId = node.runJobToSuccess(JOB);
            JsonNode run = node.get(JOB).body().get("last_run");
            assertEquals("rgcn", run.at("/failed_models/0/kind").asText(), run.toString());
            assertTrue(run.at("/failed_models/0/reason").asText().contains("no login of the window names both ends of any edge"), run.toString());
            JsonNode version = node.get("/_plugins/_ueba/models/" + runId).body();
            assertEquals("[\"rarity\"]", version.get("kinds").toString(), version.toString());
            assertEquals(run.get("failed_models"), version.at("/training/failed_models"), version.toString());
            assertEquals(runId, node.get("/_plugins/_ueba/models").body().at("/current/" + MODEL_SET).asText());
        } finally {
            node.delete(JOB);
            node.post("/.ueba-models/_delete_by_query?refresh=true", """
                {"query": {"term": {"model_set": "%s"}}}""".formatted(MODEL_SET));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Starts a long run of the job, does the step while it trains, and returns the run's status once it has ended. */
    private JsonNode cancelledBy(Step step) throws Exception {
        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "model": {"incremental": false, "epochs": 1000}}""".formatted(INDEX)).status());
        String run = node.post(JOB + "/_run", "").body().get("run_id").asText();
        node.waitForJobRun(JOB, run, status -> "training".equals(status.path("phase").asText()) && status.path("epoch").asInt() > 0);
        step.run();
        JsonNode status = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            status = node.get("/.ueba-models/_doc/status%23" + run).body().get("_source");
            if (status != null && "running".equals(status.path("state").asText()) == false) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run " + run + " did not end within 30 s: " + status);
    }

    private void indexLogins() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> events = new DemoLoginGenerator(
            DemoLoginConfig.defaults().withUsers(30).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().toList();
        node.indexLogins(INDEX, events);
    }

    private JsonNode train(String index, String window) throws Exception {
        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + index + "&window=" + window, "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        return trained.body();
    }
}

package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job API on the real node: a job is created, updated, listed, run now with its progress in its status, run again
 * incrementally on the logins since, started, stopped and deleted; bad settings get a 400 that names the field, and
 * a missing job a 404. A job is changed in part by {@code _update} and replaced whole by PUT; an id no index could
 * have is refused.
 */
class TrainingJobsIT {

    private static final String INDEX = "logins-jobs-it";
    private static final String JOB = "/_plugins/_ueba/jobs/jobs-it";
    private static final String UPDATED_JOB = "/_plugins/_ueba/jobs/update-it";

    private final NodeClient node = new NodeClient();

    @Test
    void aJobIsManagedAndRunThroughTheApi() throws Exception {
        node.emptyLoginIndex(INDEX);
        node.delete(JOB);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        node.indexLogins(INDEX, new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().toList());

        NodeClient.Reply created = node.put(JOB, "{\"indices\": \"" + INDEX + "\", \"window\": \"30d\", \"enabled\": false}");
        assertEquals(201, created.status(), created.body().toString());
        assertEquals("created", created.body().get("result").asText());
        assertFalse(created.body().get("job").get("enabled").asBoolean());
        NodeClient.Reply updated = node.put(JOB, "{\"indices\": \"" + INDEX + "\", \"enabled\": false, \"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\"}},"
            + " \"model\": {\"epochs\": 4, \"update_epochs\": 2, \"replay_rows\": 1500, \"threshold_quantile\": 0.995}}");
        assertEquals(200, updated.status(), updated.body().toString());
        assertEquals("0 3 * * *", updated.body().get("job").get("schedule").get("cron").get("expression").asText());
        assertEquals(1500, updated.body().at("/job/models/0/replay_rows").asInt());

        NodeClient.Reply refused = node.put(JOB, "{\"schedule\": {\"interval\": {\"period\": 1, \"unit\": \"Fortnights\"}}}");
        assertEquals(400, refused.status());
        assertTrue(refused.body().toString().contains("[schedule.interval.unit]"), refused.body().toString());

        List<String> listed = new ArrayList<>();
        node.get("/_plugins/_ueba/jobs").body().get("jobs").forEach(job -> listed.add(job.get("_id").asText()));
        assertTrue(listed.contains("jobs-it"), listed.toString());

        NodeClient.Reply started = node.post(JOB + "/_run", "");
        assertEquals(202, started.status(), started.body().toString());
        String runId = started.body().get("run_id").asText();
        JsonNode run = node.waitForJobRun(JOB, runId, NodeClient.RUN_ENDED);
        assertEquals("succeeded", run.get("state").asText(), run.toString());
        assertEquals(runId, run.get("model_id").asText());
        assertEquals(1.0, run.get("progress").asDouble());
        assertTrue(run.get("error").isNull(), "every field is there, null where the run has nothing to say: " + run);
        assertTrue(run.get("epochs").asInt() > 0, run.toString());
        assertTrue(run.get("loss").asDouble() > 0, run.toString());
        assertEquals(runId, node.get("/_plugins/_ueba/models").body().at("/current/default").asText());
        JsonNode first = node.get("/_plugins/_ueba/models/" + runId).body();
        assertEquals("full", first.at("/training/models/0/mode").asText(), first.toString());
        assertEquals(0.995, first.at("/settings/models/0/threshold_quantile").asDouble(), first.toString());
        assertEquals("quantile(0.995)", first.at("/training/models/0/threshold/method").asText(), first.toString());

        // Logins after the first run's window: the second run learns them on top of the first model, replaying older ones.
        Instant firstEnd = Instant.ofEpochMilli(first.at("/window/to").asLong());
        List<LoginEvent> since = new ArrayList<>();
        for (LoginEvent login : new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(20).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().limit(1200).toList()) {
            since.add(new LoginEvent(firstEnd.plusMillis(since.size() % 1000), login.user(), login.userDomain(), login.sourceIp(), login.sourceHost(),
                login.destinationHost(), login.destinationIp(), login.outcome(), login.authPackage(), login.logonType(), login.failureReason(), login.label()));
        }
        node.indexLogins(INDEX, since);
        // The second run calibrates its threshold as the seed notebooks did: mean plus three standard deviations.
        assertEquals(200, node.put(JOB, "{\"indices\": \"" + INDEX + "\", \"enabled\": false, \"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\"}},"
            + " \"model\": {\"epochs\": 4, \"update_epochs\": 2, \"replay_rows\": 1500, \"threshold_method\": \"mean_std\"}}").status());
        assertEquals(200, node.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.training.keep_runs\": 1}}").status());
        String secondId;
        try {
            secondId = node.post(JOB + "/_run", "").body().get("run_id").asText();
            assertEquals("succeeded", node.waitForJobRun(JOB, secondId, NodeClient.RUN_ENDED).get("state").asText());
            // The old statuses go right after the final one is written: wait for that moment.
            JsonNode runsKept = null;
            for (int attempt = 0; attempt < 20 && (runsKept == null || runsKept.at("/hits/total/value").asInt() != 1); attempt++) {
                Thread.sleep(attempt == 0 ? 0 : 500);
                runsKept = node.post("/.ueba-models/_search", """
                    {"query": {"bool": {"filter": [{"term": {"doc_type": "run"}}, {"term": {"job_id": "jobs-it"}}]}}}""").body();
            }
            assertEquals(1, runsKept.at("/hits/total/value").asInt(), "only the newest run's status is kept: " + runsKept);
            assertEquals(secondId, runsKept.at("/hits/hits/0/_source/run_id").asText());
        } finally {
            node.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.training.keep_runs\": null}}");
        }
        JsonNode second = node.get("/_plugins/_ueba/models/" + secondId).body();
        assertEquals("incremental", second.at("/training/models/0/mode").asText(), second.toString());
        assertEquals(runId, second.at("/training/models/0/warm_started_from").asText());
        assertEquals("mean+3.0std", second.at("/training/models/0/threshold/method").asText(), second.toString());
        assertEquals(1500, second.at("/training/models/0/replay_rows").asInt(), second.toString());
        long sinceSuccessful = since.stream().filter(login -> login.outcome() == LoginOutcome.SUCCESS).count();
        assertEquals(sinceSuccessful + 1500, second.at("/training/models/0/training_rows").asLong(), second.toString());

        JsonNode on = node.post(JOB + "/_start", "").body();
        assertTrue(on.at("/job/enabled").asBoolean(), on.toString());
        assertTrue(on.get("enabled_time").asLong() > 0, on.toString());
        JsonNode off = node.post(JOB + "/_stop", "").body();
        assertFalse(off.at("/job/enabled").asBoolean(), off.toString());
        assertTrue(off.get("enabled_time").isNull(), off.toString());

        assertEquals(200, node.delete(JOB).status());
        assertEquals(404, node.get(JOB).status());
        assertEquals(404, node.delete(JOB).status());
        assertEquals(404, node.post(JOB + "/_run", "").status());
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItNames() throws Exception {
        node.delete(UPDATED_JOB);
        NodeClient.Reply created = node.put(UPDATED_JOB, """
            {"indices": "logins-vpn", "window": "14d", "enabled": false,
             "schedule": {"cron": {"expression": "0 3 * * *", "timezone": "Europe/Paris"}}, "model": {"hidden": 64, "epochs": 4}}""");
        assertEquals(201, created.status(), created.body().toString());

        NodeClient.Reply updated = node.post(UPDATED_JOB + "/_update", "{\"window\": \"7d\", \"model\": {\"bottleneck\": 16}}");
        assertEquals(200, updated.status(), updated.body().toString());
        assertEquals("updated", updated.body().get("result").asText());
        JsonNode job = node.get(UPDATED_JOB).body().get("job");
        assertEquals("7d", job.get("window").asText());
        assertEquals("logins-vpn", job.get("indices").asText());
        assertFalse(job.get("enabled").asBoolean());
        assertEquals("Europe/Paris", job.at("/schedule/cron/timezone").asText(), job.toString());
        assertEquals(16, job.at("/models/0/bottleneck").asInt());
        assertEquals(64, job.at("/models/0/hidden").asInt());
        assertEquals(4, job.at("/models/0/epochs").asInt());
        assertEquals(200, node.put(UPDATED_JOB, job.toString()).status(), "a job as shown is a PUT body: " + job);
        assertEquals(job, node.get(UPDATED_JOB).body().get("job"));

        JsonNode interval = node.post(UPDATED_JOB + "/_update", "{\"schedule\": {\"interval\": {\"period\": 6, \"unit\": \"Hours\"}}}").body().get("job");
        assertEquals(6, interval.at("/schedule/interval/period").asInt(), interval.toString());
        assertFalse(interval.get("schedule").has("cron"), interval.toString());

        NodeClient.Reply tooWide = node.post(UPDATED_JOB + "/_update", "{\"model\": {\"bottleneck\": 128}}");
        assertEquals(400, tooWide.status(), tooWide.body().toString());
        assertTrue(tooWide.body().toString().contains("[models[0].bottleneck]"), tooWide.body().toString());
        NodeClient.Reply unknownKind = node.post(UPDATED_JOB + "/_update", "{\"models\": [{\"type\": \"autoencoder\"}, {\"type\": \"forest\"}]}");
        assertEquals(400, unknownKind.status(), unknownKind.body().toString());
        assertTrue(unknownKind.body().toString().contains("[models[1].type]"), unknownKind.body().toString());
        NodeClient.Reply unknown = node.post(UPDATED_JOB + "/_update", "{\"colour\": \"red\"}");
        assertEquals(400, unknown.status(), unknown.body().toString());
        assertTrue(unknown.body().toString().contains("[colour]"), unknown.body().toString());
        assertEquals(16, node.get(UPDATED_JOB).body().at("/job/models/0/bottleneck").asInt(), "a refused update changes nothing");
        assertEquals(404, node.post("/_plugins/_ueba/jobs/no-such-job/_update", "{\"window\": \"7d\"}").status());

        // PUT replaces the whole job: what it leaves out goes back to the defaults.
        JsonNode replaced = node.put(UPDATED_JOB, "{\"window\": \"7d\", \"enabled\": false}").body().get("job");
        assertEquals("logins-*", replaced.get("indices").asText());
        assertEquals(32, replaced.at("/models/0/hidden").asInt(), replaced.toString());
        assertEquals(200, node.delete(UPDATED_JOB).status());
    }

    @Test
    void anIdThatNoIndexCouldHaveIsABadRequestNamingIt() throws Exception {
        for (String id : new String[] { "Nightly", "nightly%20run", "nightly:run", "-nightly" }) {
            NodeClient.Reply refused = node.put("/_plugins/_ueba/jobs/" + id, "{\"enabled\": false}");
            assertEquals(400, refused.status(), id + ": " + refused.body());
            assertTrue(refused.body().toString().contains("[job_id]"), refused.body().toString());
            assertEquals(404, node.get("/_plugins/_ueba/jobs/" + id).status(), id + " was stored");
        }
    }
}

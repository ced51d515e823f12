package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two jobs share the model store through model sets: each publishes to its own set, neither replaces the other's
 * models, a pipeline scores with the set it names, and a second job for a set another job trains is refused.
 */
class ModelSetsIT {

    private static final String VPN_INDEX = "logins-sets-vpn-it";
    private static final String WINDOWS_INDEX = "logins-sets-windows-it";
    private static final String VPN_JOB = "/_plugins/_ueba/jobs/sets-vpn-it";
    private static final String WINDOWS_JOB = "/_plugins/_ueba/jobs/sets-windows-it";
    private static final String OTHER_VPN_JOB = "/_plugins/_ueba/jobs/sets-vpn-again-it";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();

    @Test
    void twoJobsPublishToTheirOwnSetsAndEachPipelineScoresWithItsSet() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        node.emptyLoginIndexWithFeaturesOption(VPN_INDEX, "ueba-logins-sets-vpn-it", "model_set", "sets-vpn");
        node.emptyLoginIndexWithFeaturesOption(WINDOWS_INDEX, "ueba-logins-sets-windows-it", "model_set", "sets-windows");
        node.indexLogins(VPN_INDEX, new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(30).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream().toList());
        node.indexLogins(WINDOWS_INDEX, new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0)
            .withSeed(7)).stream().toList());

        assertEquals(201, node.put(VPN_JOB, job(VPN_INDEX, "sets-vpn")).status());
        assertEquals(201, node.put(WINDOWS_JOB, job(WINDOWS_INDEX, "sets-windows")).status());
        NodeClient.Reply sameSet = node.put(OTHER_VPN_JOB, job(WINDOWS_INDEX, "sets-vpn"));
        assertEquals(409, sameSet.status(), sameSet.body().toString());
        assertTrue(sameSet.body().toString().contains("[model_set] [sets-vpn] is already trained by job [sets-vpn-it]"), sameSet.body().toString());
        NodeClient.Reply badName = node.put(OTHER_VPN_JOB, job(WINDOWS_INDEX, "VPN"));
        assertEquals(400, badName.status(), badName.body().toString());
        assertTrue(badName.body().toString().contains("[model_set]"), badName.body().toString());

        String vpnVersion = runToTheEnd(VPN_JOB);
        String windowsVersion = runToTheEnd(WINDOWS_JOB);
        assertNotEquals(vpnVersion, windowsVersion);
        JsonNode models = node.get("/_plugins/_ueba/models").body();
        assertEquals(vpnVersion, models.at("/current/sets-vpn").asText(), models.toString());
        assertEquals(windowsVersion, models.at("/current/sets-windows").asText(), "the second job's run left the first set alone: " + models);
        assertEquals("sets-windows", node.get("/_plugins/_ueba/models/" + windowsVersion).body().get("model_set").asText());

        // Each pipeline scores with the set it names: a login of each index carries its own set's version.
        String login = """
            {"@timestamp": "%s", "user": {"name": "alice"}, "source": {"ip": "10.0.0.5"}, "destination": {"address": "srv-file"},
             "event": {"outcome": "success"}}""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        assertEquals(vpnVersion, indexOne(VPN_INDEX, login).at("/_source/ueba/model_version").asText());
        assertEquals(windowsVersion, indexOne(WINDOWS_INDEX, login).at("/_source/ueba/model_version").asText());
    }

    @AfterEach
    void deleteTheJobsAndTheirSets() throws Exception {
        for (String job : List.of(VPN_JOB, WINDOWS_JOB, OTHER_VPN_JOB)) {
            node.delete(job);
        }
        // The sets' pointers, and their versions' metadata and chunks, so the tests after this one see only theirs.
        node.post("/.ueba-models/_delete_by_query?refresh=true", """
            {"query": {"bool": {"should": [{"terms": {"model_set": ["sets-vpn", "sets-windows"]}}, {"terms": {"model_id": %s}}]}}}"""
            .formatted(JSON.writeValueAsString(published)));
    }

    private String runToTheEnd(String job) throws Exception {
        NodeClient.Reply started = node.post(job + "/_run", "");
        assertEquals(202, started.status(), started.body().toString());
        String runId = started.body().get("run_id").asText();
        JsonNode run = node.waitForJobRun(job, runId, NodeClient.RUN_ENDED);
        assertEquals("succeeded", run.get("state").asText(), run.toString());
        published.add(run.get("model_id").asText());
        return run.get("model_id").asText();
    }

    private JsonNode indexOne(String index, String login) throws Exception {
        NodeClient.Reply indexed = node.post("/" + index + "/_doc?refresh=true", login);
        assertEquals(201, indexed.status(), indexed.body().toString());
        return node.get("/" + index + "/_doc/" + indexed.body().get("_id").asText()).body();
    }

    private static String job(String index, String modelSet) {
        return """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s", "model": {"epochs": 2}}""".formatted(index, modelSet);
    }
}

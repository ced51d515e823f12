package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logins indexed into {@code logins-*} after {@code _setup} go through the login pipeline (here writing every feature,
 * so that the test can read them): none is lost. Runs before
 * {@link ProfileTrainingIT} (alphabetical order), so no profile has been published yet.
 */
class LoginIngestIT {

    private static final String INDEX = "logins-ingest-it";
    private static final NodeClient NODE = new NodeClient();
    private static final Map<String, JsonNode> INDEXED = new HashMap<>();

    /** Documents by id: well-formed logins and every kind of bad input the processor must survive. */
    private static Map<String, String> documents() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> docs = new HashMap<>();
        docs.put("good", login(now, "\"CORP\\\\Alice\"", "\"10.1.2.3\"", "\"WS-7\""));
        docs.put("public-ip", login(now, "\"bob\"", "\"8.8.8.8\"", "null"));
        docs.put("missing-user", "{\"@timestamp\": \"" + now + "\", \"source\": {\"ip\": \"10.0.0.1\"}}");
        docs.put("bad-timestamp", login("not-a-date", "\"carol\"", "\"10.0.0.1\"", "null").replace("\"not-a-date\"", "\"last tuesday\""));
        docs.put("future", login(Instant.now().plus(30, ChronoUnit.DAYS).toString(), "\"dave\"", "\"10.0.0.1\"", "null"));
        docs.put("invalid-ip", login(now, "\"erin\"", "\"300.1.2.3\"", "null"));
        docs.put("object-host", login(now, "\"frank\"", "\"10.0.0.1\"", "{\"nested\": \"x\"}"));
        docs.put("huge-user", login(now, "\"" + "u".repeat(5000) + "\"", "\"10.0.0.1\"", "null"));
        docs.put("list-user", login(now, "[\"a\", \"b\"]", "\"10.0.0.1\"", "null"));
        return docs;
    }

    private static String login(String timestamp, String userJson, String ipJson, String sourceHostJson) {
        return """
            {"@timestamp": "%s", "user": {"name": %s}, "source": {"ip": %s, "address": %s},
             "destination": {"address": "SRV-FILE"}, "event": {"outcome": "success", "category": ["authentication"]},
             "login": {"auth_package": "Kerberos", "logon_type": "Network"}}""".formatted(timestamp, userJson, ipJson, sourceHostJson);
    }

    @BeforeAll
    static void setUpAndIndex() throws Exception {
        // A model an earlier test published makes the node rescore the logins-* indices through their pipelines. A
        // rescore of these documents would read them as ingest left them (a misplaced value already moved out of the
        // way) and could replace what ingest wrote between the bulk and the reads below, so it is off while they run.
        assertEquals(200, NODE.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.rescore.lookback\": \"0\"}}").status());
        NODE.emptyLoginIndexWritingAllFeatures(INDEX);
        StringBuilder bulk = new StringBuilder();
        documents().forEach((id, source) -> bulk.append("{\"index\": {\"_id\": \"").append(id).append("\"}}\n")
            .append(source.replace('\n', ' ')).append('\n'));
        NodeClient.Reply reply = NODE.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString());
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
        List<String> itemErrors = new ArrayList<>();
        reply.body().get("items").forEach(item -> {
            if (item.get("index").has("error")) {
                itemErrors.add(item.get("index").toString());
            }
        });
        assertEquals(List.of(), itemErrors);
        for (String id : documents().keySet()) {
            INDEXED.put(id, NODE.get("/" + INDEX + "/_doc/" + id).body().get("_source"));
        }
    }

    @AfterAll
    static void rescoreAgain() throws Exception {
        assertEquals(200, NODE.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.rescore.lookback\": null}}").status());
    }

    @Test
    void setupAnswersWhatItInstalledAndCanRunAgain() throws Exception {
        NodeClient.Reply again = NODE.post("/_plugins/_ueba/_setup", "");
        assertEquals(200, again.status());
        assertEquals("ueba-logins", again.body().get("pipeline").asText());
        assertEquals("logins-*", again.body().get("index_patterns").get(0).asText());
        assertEquals(200, NODE.get("/_index_template/ueba-logins").status());
        assertEquals(200, NODE.get("/_ingest/pipeline/ueba-logins").status());
    }

    @Test
    void aLoginIndexOnOneNodeIsGreen() throws Exception {
        NodeClient.Reply health = NODE.get("/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=10s");
        assertEquals("green", health.body().get("status").asText(), "a replica that no other node can hold: " + health.body());
    }

    @Test
    void noDocumentIsLost() throws Exception {
        JsonNode count = NODE.get("/" + INDEX + "/_count").body();
        assertEquals(documents().size(), count.get("count").asInt());
    }

    @Test
    void goodLoginIsFeaturized() {
        JsonNode features = INDEXED.get("good").get("ueba").get("features");
        assertEquals("alice", features.get("user").asText());
        assertEquals("ws-7", features.get("source").asText());
        assertEquals("srv-file", features.get("destination").asText());
        assertEquals("kerberos/network", features.get("relation").asText());
        assertTrue(features.get("source_ip").get("private").asBoolean());
        assertEquals("missing", features.get("profile").get("status").asText());
        assertEquals("no_model", INDEXED.get("good").get("ueba").get("status").asText());
        assertTrue(features.has("hour_sin") && features.has("day_cos"));
    }

    @Test
    void installedPipelineWritesOnlyTheScoreStatusBeforeAnyProfile() throws Exception {
        String index = INDEX + "-default";
        NODE.delete("/" + index);
        assertEquals(201, NODE.put("/" + index + "/_doc/good?refresh=true", documents().get("good")).status());
        JsonNode ueba = NODE.get("/" + index + "/_doc/good").body().get("_source").get("ueba");
        assertEquals("no_model", ueba.get("status").asText());
        assertFalse(ueba.has("features"), "nothing is novel without a profile: " + ueba);
        NODE.delete("/" + index);
    }

    @Test
    void publicSourceIsGeolocatedBeforeFeaturizing() {
        JsonNode features = INDEXED.get("public-ip").get("ueba").get("features");
        assertFalse(features.get("source_ip").get("private").asBoolean());
        assertTrue(features.has("geo"), features.toString());
        assertEquals("US", features.get("geo").get("country_iso_code").asText());
    }

    @Test
    void badRequiredFieldsAreIndexedWithAnErrorNamingTheField() {
        assertError("missing-user", "[user.name] is missing");
        assertError("bad-timestamp", "[@timestamp] is not a date");
        assertError("future", "[@timestamp] is more than");
        assertError("huge-user", "[user.name] is longer than");
        assertError("list-user", "[user.name] must be a string");
        assertEquals("[a, b]", INDEXED.get("list-user").get("ueba").get("malformed").get("user").get("name").asText());
    }

    @Test
    void badOptionalFieldsAreWarningsAndTheLoginIsStillFeaturized() {
        JsonNode invalidIp = INDEXED.get("invalid-ip");
        assertTrue(invalidIp.get("ueba").get("warnings").get(0).asText().contains("[source.ip]"));
        assertEquals("erin", invalidIp.get("ueba").get("features").get("user").asText());
        assertEquals("300.1.2.3", invalidIp.get("source").get("ip").asText());

        JsonNode objectHost = INDEXED.get("object-host");
        assertTrue(objectHost.get("ueba").get("warnings").get(0).asText().contains("[source.address]"));
        assertEquals("10.0.0.1", objectHost.get("ueba").get("features").get("source").asText());
    }

    private static void assertError(String id, String expected) {
        JsonNode ueba = INDEXED.get(id).get("ueba");
        assertTrue(ueba != null && ueba.has("error"), id + ": " + INDEXED.get(id));
        assertTrue(ueba.get("error").asText().contains(expected), id + ": " + ueba.get("error"));
        assertFalse(ueba.has("features"), id);
    }
}

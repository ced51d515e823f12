package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /_plugins/_ueba/entities/{kind}/{name}} on the real node: logins whose profile is known, through a
 * pipeline for a model set of their own, trained by a job; then each kind of entity as that profile knows it, an
 * entity it never saw, a set with no profile yet, and the bad requests.
 */
class EntityApiIT {

    private static final String ENTITIES = "/_plugins/_ueba/entities/";
    private static final String INDEX = "logins-entity-it";
    private static final String JOB = "/_plugins/_ueba/jobs/entity-it";
    private static final String MODEL_SET = "entity-it";
    private static final String SET = "?model_set=" + MODEL_SET;
    /** Ten days of 60 successful logins: enough for a run to publish (500 at least). */
    private static final int DAYS = 10;

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();
    private final Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);

    @Test
    void eachKindOfEntityIsAnsweredAsTheProfileKnowsItAndOneItNeverSawIsUnknown() throws Exception {
        trainOnTheKnownLogins();

        JsonNode alice = entity("user/CORP%5CAlice" + SET);
        assertEquals("user", alice.get("kind").asText());
        assertEquals("alice", alice.get("name").asText(), "named as the models name her, whatever the log wrote");
        assertEquals(MODEL_SET, alice.get("model_set").asText());
        assertEquals("published", alice.get("profile_status").asText());
        assertEquals(published.getFirst(), alice.get("profile_version").asText());
        assertTrue(alice.get("known").asBoolean());
        assertEquals("{\"total\":3,\"values\":[\"10.1.2.33\",\"198.51.100.7\",\"ws-0233\"]}", alice.get("sources").toString());
        assertEquals("{\"total\":1,\"values\":[\"DE\"]}", alice.get("countries").toString());
        assertEquals("[8,13]", alice.get("usual_hours").toString(), "one login at 21:30 in her 401 makes no usual hour");
        assertEquals(3, alice.get("distinct_sources").asInt());
        assertFalse(alice.has("destinations"), "the profile keeps no user's destinations");

        JsonNode workstation = entity("host/WS-0233." + SET);
        assertEquals("ws-0233", workstation.get("name").asText());
        assertTrue(workstation.get("known").asBoolean());
        assertEquals("{\"total\":2,\"values\":[\"alice\",\"carol\"]}", workstation.get("users").toString());
        assertEquals("{\"total\":0,\"values\":[]}", workstation.get("sources").toString(), "nobody logged in to it");
        assertEquals("{\"total\":2,\"values\":[\"srv-db\",\"srv-file\"]}", workstation.get("destinations").toString());

        JsonNode fileServer = entity("host/srv-file" + SET);
        assertEquals("{\"total\":1,\"values\":[\"ws-0233\"]}", fileServer.get("sources").toString());
        assertEquals(0, fileServer.at("/users/total").asInt());
        assertEquals(0, fileServer.at("/destinations/total").asInt());

        JsonNode address = entity("ip/10.1.2.33" + SET);
        assertEquals("ip", address.get("kind").asText());
        assertTrue(address.get("known").asBoolean());
        assertEquals("{\"total\":1,\"values\":[\"alice\"]}", address.get("users").toString());
        assertEquals("{\"total\":1,\"values\":[\"srv-mail\"]}", address.get("destinations").toString());

        JsonNode firstOnly = entity("host/ws-0233" + SET + "&size=1");
        assertEquals("{\"total\":2,\"values\":[\"alice\"]}", firstOnly.get("users").toString(), "the first, with the total");
        assertEquals("{\"total\":2,\"values\":[\"srv-db\"]}", firstOnly.get("destinations").toString());

        JsonNode mallory = entity("user/mallory" + SET);
        assertEquals("published", mallory.get("profile_status").asText());
        assertFalse(mallory.get("known").asBoolean(), "a failed login teaches the profile nothing: " + mallory);
        assertEquals("{\"total\":0,\"values\":[]}", mallory.get("sources").toString());
        assertEquals("[]", mallory.get("usual_hours").toString());
        assertFalse(entity("host/ws-6666" + SET).get("known").asBoolean());
        assertFalse(entity("ip/10.1.2.34" + SET).get("known").asBoolean());
    }

    @Test
    void aSetWithoutAProfileKnowsNoEntity() throws Exception {
        JsonNode alice = entity("user/alice?model_set=entity-untrained-it");
        assertEquals("missing", alice.get("profile_status").asText(), alice.toString());
        assertTrue(alice.get("profile_version").isNull());
        assertFalse(alice.get("known").asBoolean());
        assertEquals("{\"total\":0,\"values\":[]}", alice.get("sources").toString());
    }

    @Test
    void aBadParameterIsRefusedNamingIt() throws Exception {
        assertRefused("account/alice", "[kind] must be user, host or ip, got [account]");
        assertRefused("user/%20", "[name] must not be empty");
        assertRefused("user/" + "x".repeat(1025), "[name] must be at most 1024 characters, got 1025");
        assertRefused("user/CORP%5C", "[name] [CORP\\\\] is empty as the models name a user");
        assertRefused("ip/ws-0233", "[name] [ws-0233] is not an IP address");
        assertRefused("user/alice?model_set=VPN", "[model_set] [VPN] must be lowercase");
        assertRefused("user/alice?size=0", "[size] must be between 1 and 100, got [0]");
        assertRefused("user/alice?size=101", "[size] must be between 1 and 100, got [101]");
        assertRefused("user/alice?size=all", "[size] is not a whole number: [all]");
        assertRefused("user/alice?from=now-7d", "unrecognized parameter: [from]");
    }

    /**
     * Each of the last ten days: alice from her workstation WS-0233 to SRV-FILE at 08:00 (as {@code alice@corp.example}),
     * from 10.1.2.33 with no host name to SRV-MAIL at 13:00, and carol from WS-0233 to SRV-DB at 16:00, twenty logins
     * each; alice once from 198.51.100.7 in Germany to VPN-GW at 21:30; mallory once from WS-6666, failed. Then a job
     * of the set trains on them.
     */
    private void trainOnTheKnownLogins() throws Exception {
        node.emptyLoginIndexWithFeaturesOption(INDEX, "ueba-logins-entity-it", "model_set", MODEL_SET);
        StringBuilder bulk = new StringBuilder();
        for (int day = 1; day <= DAYS; day++) {
            Instant midnight = today.minus(day, ChronoUnit.DAYS);
            for (int minute = 0; minute < 20; minute++) {
                bulk.append(login(midnight.plus(8 * 60 + minute, ChronoUnit.MINUTES), "alice@corp.example",
                    "{\"address\": \"WS-0233\", \"ip\": \"10.1.2.33\"}", "SRV-FILE", "success"));
                bulk.append(login(midnight.plus(13 * 60 + minute, ChronoUnit.MINUTES), "CORP\\\\Alice", "{\"ip\": \"10.1.2.33\"}", "SRV-MAIL",
                    "success"));
                bulk.append(login(midnight.plus(16 * 60 + minute, ChronoUnit.MINUTES), "carol", "{\"address\": \"ws-0233\"}", "SRV-DB",
                    "success"));
            }
        }
        Instant threeDaysAgo = today.minus(3, ChronoUnit.DAYS);
        bulk.append(login(threeDaysAgo.plus(21 * 60 + 30, ChronoUnit.MINUTES), "alice",
            "{\"ip\": \"198.51.100.7\", \"geo\": {\"country_iso_code\": \"DE\"}}", "VPN-GW", "success"));
        bulk.append(login(threeDaysAgo.plus(3 * 60, ChronoUnit.MINUTES), "mallory", "{\"address\": \"WS-6666\"}", "DC-01", "failure"));
        NodeClient.Reply indexed = node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString());
        assertEquals(200, indexed.status(), indexed.body().toString());
        assertFalse(indexed.body().get("errors").asBoolean(), indexed.body().toString());

        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s", "models": [{"type": "rarity"}]}"""
            .formatted(INDEX, MODEL_SET)).status());
        String runId = node.runJobToSuccess(JOB);
        published.add(runId);
        node.waitForModelSet(MODEL_SET, "profile", runId);
    }

    private static String login(Instant at, String user, String source, String destination, String outcome) {
        return "{\"index\": {}}\n{\"@timestamp\": \"" + at + "\", \"user\": {\"name\": \"" + user + "\"}, \"source\": " + source
            + ", \"destination\": {\"address\": \"" + destination + "\"}, \"event\": {\"outcome\": \"" + outcome + "\"}, "
            + "\"login\": {\"auth_package\": \"Kerberos\", \"logon_type\": \"Network\"}}\n";
    }

    private JsonNode entity(String path) throws Exception {
        NodeClient.Reply reply = node.get(ENTITIES + path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply.body();
    }

    private void assertRefused(String path, String message) throws Exception {
        NodeClient.Reply reply = node.get(ENTITIES + path);
        assertEquals(400, reply.status(), path + ": " + reply.body());
        assertTrue(reply.body().toString().contains(message), path + ": " + reply.body());
    }

    @AfterEach
    void deleteWhatTheTestsMade() throws Exception {
        node.delete("/" + INDEX);
        node.deleteJobAndModelSet(JOB, MODEL_SET, published);
    }
}

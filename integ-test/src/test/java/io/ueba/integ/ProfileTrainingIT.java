package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profile training on the real node: logins in, {@code _train}, and the logins indexed after it are compared
 * with what it learned. Runs after {@link LoginIngestIT} (failsafe runs classes in alphabetical order), which checks
 * the state before any training.
 */
class ProfileTrainingIT {

    private static final String INDEX = "logins-profile-it";
    /** Enough for a run to publish (500 at least), over the last ten days. */
    private static final int LOGINS = 600;

    private final NodeClient node = new NodeClient();

    @Test
    void loginsAfterTrainingAreComparedWithTheProfile() throws Exception {
        node.emptyLoginIndexWritingAllFeatures(INDEX);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < LOGINS; i++) {
            Instant at = now.minus(1 + i % 10, ChronoUnit.DAYS).minus(i, ChronoUnit.MINUTES);
            bulk.append("{\"index\": {}}\n").append(login(at, "WS-1", "SRV-FILE", "success")).append('\n');
        }
        bulk.append("{\"index\": {}}\n").append(login(now.minus(2, ChronoUnit.DAYS), "WS-EVIL", "SRV-FILE", "failure")).append('\n');
        bulk.append("{\"index\": {}}\n").append(login(now.minus(60, ChronoUnit.DAYS), "WS-OLD", "SRV-FILE", "success")).append('\n');
        assertEquals(false, node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString()).body().get("errors").asBoolean());

        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertEquals("[\"" + INDEX + "\"]", trained.body().get("indices").toString());
        assertEquals(LOGINS + 1, trained.body().get("logins_read").asInt(), "the 60-day-old login is outside the window");
        assertEquals(LOGINS, trained.body().get("logins_learned").asInt(), "a failed login teaches nothing");
        assertEquals(1, trained.body().get("users").asInt());
        assertEquals(LOGINS, trained.body().at("/models/0/training_rows").asInt());
        String version = trained.body().get("profile_version").asText();

        JsonNode usual = indexAndGet("usual", login(now, "WS-1", "SRV-FILE", "success"));
        assertEquals("published", usual.get("status").asText());
        assertEquals(version, usual.get("version").asText());
        assertEquals(false, usual.get("new_user").asBoolean());
        assertEquals(false, usual.get("first_user_source").asBoolean());
        assertEquals(false, usual.get("first_source_destination").asBoolean());
        assertEquals(1, usual.get("user_distinct_sources").asInt());

        JsonNode novel = indexAndGet("novel", login(now, "WS-EVIL", "DC-01", "success"));
        assertEquals(true, novel.get("first_user_source").asBoolean());
        assertEquals(true, novel.get("first_source_destination").asBoolean());

        JsonNode installedUsual = node.simulateLoginPipeline(login(now, "WS-1", "SRV-FILE", "success"));
        assertFalse(installedUsual.has("features"), "the installed pipeline writes nothing for a usual login: " + installedUsual);
        JsonNode installedNovel = node.simulateLoginPipeline(login(now, "WS-EVIL", "DC-01", "success"));
        assertEquals("[\"first_user_source\",\"first_source_destination\"]", installedNovel.at("/features/novelty").toString());

        JsonNode old = indexAndGet("old-source", login(now, "WS-OLD", "SRV-FILE", "success"));
        assertEquals(true, old.get("first_user_source").asBoolean(), "logins before the window are forgotten");
    }

    @Test
    void badWindowIsABadRequestNamingIt() throws Exception {
        NodeClient.Reply reply = node.post("/_plugins/_ueba/_train?window=soon", "");
        assertEquals(400, reply.status(), String.valueOf(reply.body()));
        assertTrue(reply.body().get("error").get("reason").asText().contains("[window]"), reply.body().toString());
        NodeClient.Reply negative = node.post("/_plugins/_ueba/_train?window=-1", "");
        assertEquals(400, negative.status(), String.valueOf(negative.body()));
        assertTrue(negative.body().get("error").get("reason").asText().contains("[window]"), negative.body().toString());
    }

    @Test
    void anIndexExpressionThatMatchesNoIndexIsABadRequestNamingIt() throws Exception {
        for (String index : new String[] { "logins-missing-it", "logins-nothing-it-*" }) {
            NodeClient.Reply reply = node.post("/_plugins/_ueba/_train?index=" + index, "");
            assertEquals(400, reply.status(), String.valueOf(reply.body()));
            assertEquals("[index] [" + index + "] matches no index", reply.body().get("error").get("reason").asText(), reply.body().toString());
        }
    }

    private JsonNode indexAndGet(String id, String login) throws Exception {
        assertEquals(201, node.put("/" + INDEX + "/_doc/" + id + "?refresh=true", login).status());
        JsonNode source = node.get("/" + INDEX + "/_doc/" + id).body().get("_source");
        return source.get("ueba").get("features").get("profile");
    }

    private static String login(Instant at, String source, String destination, String outcome) {
        return """
            {"@timestamp": "%s", "user": {"name": "alice"}, "source": {"address": "%s"},
             "destination": {"address": "%s"}, "event": {"outcome": "%s"},
             "login": {"auth_package": "Kerberos", "logon_type": "Network"}}""".formatted(at, source, destination, outcome).replace('\n', ' ');
    }
}

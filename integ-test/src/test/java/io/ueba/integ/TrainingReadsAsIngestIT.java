package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training reads the stored logins as ingest read them: a destination ingest took from {@code host.name}, an epoch
 * timestamp, an outcome of {@code succeeded}, dotted field names, and the fields a pipeline's processor was told of. A
 * login learned that way is not new afterwards.
 */
class TrainingReadsAsIngestIT {

    private static final String INDEX = "logins-read-it";
    private static final String CUSTOM_INDEX = "logins-read-custom-it";
    private static final String CUSTOM_PIPELINE = "ueba-logins-read-custom-it";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeClient node = new NodeClient();

    @Test
    void aLoginWhoseDestinationIsOnlyInHostNameIsKnownAfterTraining() throws Exception {
        node.emptyLoginIndex(INDEX);
        StringBuilder bulk = new StringBuilder();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(6, ChronoUnit.DAYS);
        for (int i = 0; i < 600; i++) {
            Instant at = start.plus(i % 5, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS).plusSeconds(37L * i);
            // A quarter of the logs name their fields with dots, as some shippers write them.
            String user = (i % 4 == 0 ? "\"user.name\": \"user-%d\"" : "\"user\": {\"name\": \"user-%d\"}").formatted(i % 20);
            bulk.append("{\"index\": {}}\n").append("""
                {"@timestamp": %d, %s, "source": {"address": "WS-%d"}, "host": {"name": "SRV-%d"},
                 "event": {"outcome": "succeeded"}, "login": {"auth_package": "Kerberos", "logon_type": "Network"}}""".formatted(
                at.toEpochMilli(), user, i % 20, i % 3).replace("\n", " ")).append('\n');
        }
        assertEquals(false, node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString()).body().get("errors").asBoolean());

        JsonNode trained = train(INDEX);
        assertEquals(600, trained.get("logins_learned").asInt(), trained.toString());

        JsonNode known = node.simulateLoginPipeline("""
            {"@timestamp": "%s", "user": {"name": "user-4"}, "source": {"address": "WS-4"}, "host": {"name": "SRV-1"},
             "event": {"outcome": "success"}, "login": {"auth_package": "Kerberos", "logon_type": "Network"}}""".formatted(
            start.plus(5, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS)));
        assertTrue(known.has("score"), known.toString());
        assertFalse(known.path("features").path("novelty").toString().contains("first_source_destination"), known.toString());
        assertFalse(known.path("features").path("novelty").toString().contains("new_user"), known.toString());
    }

    @Test
    void loginsAreReadWithTheFieldsTheirPipelineNames() throws Exception {
        node.emptyLoginIndex(CUSTOM_INDEX);
        ObjectNode pipeline = (ObjectNode) node.get("/_ingest/pipeline/ueba-logins").body().get("ueba-logins");
        pipeline.get("processors").forEach(processor -> {
            if (processor.has("ueba_login_features")) {
                ((ObjectNode) processor.get("ueba_login_features")).put("user_field", "account.id");
            }
        });
        assertEquals(200, node.put("/_ingest/pipeline/" + CUSTOM_PIPELINE, pipeline.toString()).status());
        assertEquals(200, node.put("/" + CUSTOM_INDEX, "{\"settings\": {\"index.default_pipeline\": \"" + CUSTOM_PIPELINE + "\"}}").status());
        StringBuilder bulk = new StringBuilder();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(6, ChronoUnit.DAYS);
        for (int i = 0; i < 600; i++) {
            bulk.append("{\"index\": {}}\n").append(JSON.writeValueAsString(JSON.readTree("""
                {"@timestamp": "%s", "account": {"id": "acct-%d"}, "source": {"address": "WS-%d"}, "destination": {"address": "SRV-1"},
                 "event": {"outcome": "success"}}""".formatted(start.plus(i % 5, ChronoUnit.DAYS).plusSeconds(60L * i), i % 10, i % 10))))
                .append('\n');
        }
        assertEquals(false, node.post("/" + CUSTOM_INDEX + "/_bulk?refresh=true", bulk.toString()).body().get("errors").asBoolean());

        JsonNode trained = train(CUSTOM_INDEX);
        assertEquals(600, trained.get("logins_learned").asInt(), trained.toString());
        assertEquals(10, trained.get("users").asInt(), trained.toString());
    }

    private JsonNode train(String index) throws Exception {
        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + index + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertTrue(trained.body().get("published").asBoolean(), trained.body().toString());
        return trained.body();
    }
}

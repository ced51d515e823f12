package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A training job created through {@code PUT /_plugins/_ueba/jobs/{id}} is run by Job Scheduler on its schedule, reads
 * the indices the job names and publishes a new profile. Job Scheduler's shortest interval is a minute, so this waits up to three.
 */
class ScheduledProfileTrainingIT {

    private static final String INDEX = "logins-scheduled-it";
    private static final String JOB = "scheduled-profile-it";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final NodeClient node = new NodeClient();

    @AfterEach
    void removeJob() throws Exception {
        node.delete("/_plugins/_ueba/jobs/" + JOB);
    }

    @Test
    void scheduledJobPublishesAProfileLearnedFromItsIndices() throws Exception {
        node.emptyLoginIndexWritingAllFeatures(INDEX);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder bulk = new StringBuilder();
        // Enough logins for a run to publish (500 at least), over the last five days.
        for (int i = 0; i < 600; i++) {
            bulk.append("{\"index\": {}}\n").append(login(now.minus(1 + i % 5, ChronoUnit.DAYS).minus(i, ChronoUnit.MINUTES))).append('\n');
        }
        assertEquals(false, node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString()).body().get("errors").asBoolean());
        String before = probe().path("version").asText("none");

        String job = """
            {"indices": "%s", "window": "30d", "schedule": {"interval": {"period": 1, "unit": "Minutes"}}}""".formatted(INDEX);
        assertEquals(201, node.put("/_plugins/_ueba/jobs/" + JOB, job).status());

        JsonNode published = null;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (published == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(3000);
            JsonNode profile = probe();
            if ("published".equals(profile.path("status").asText()) && before.equals(profile.path("version").asText()) == false) {
                published = profile;
            }
        }
        assertNotNull(published, "no new profile within " + PATIENCE + " of scheduling the job");
        assertEquals(false, published.get("first_user_source").asBoolean(), "the job learned WS-9 from " + INDEX);
        assertEquals(1, published.get("user_distinct_sources").asInt());
    }

    /** Indexes a login like the training ones and returns what the processor compared it with. */
    private JsonNode probe() throws Exception {
        NodeClient.Reply indexed = node.post("/" + INDEX + "/_doc?refresh=true", login(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertEquals(201, indexed.status(), String.valueOf(indexed.body()));
        JsonNode source = node.get("/" + INDEX + "/_doc/" + indexed.body().get("_id").asText()).body().get("_source");
        return source.get("ueba").get("features").get("profile");
    }

    private static String login(Instant at) {
        return """
            {"@timestamp": "%s", "user": {"name": "bob"}, "source": {"address": "WS-9"},
             "destination": {"address": "SRV-APP"}, "event": {"outcome": "success"}}""".formatted(at).replace('\n', ' ');
    }
}

package io.ueba.integ;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Training runs, and publishes new profiles and models, while a bulk load goes through the scoring pipeline: every
 * document is indexed, none fails, each is scored or says there was no model yet; and every login indexed after the
 * last run has answered is scored.
 */
class TrainingDuringIngestIT {

    private static final String INDEX = "logins-concurrent-it";
    private static final int BULK_SIZE = 500;
    private static final int AFTER_PUBLICATION = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeClient node = new NodeClient();

    @Test
    void bulkLoadWhileModelsArePublishedLosesNothing() throws Exception {
        node.emptyLoginIndex(INDEX);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> events = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(60).withPeriod(start, 7)).stream().toList();
        int firstHalf = events.size() / 2;
        List<String> firstBodies = bulkBodies(events.subList(0, firstHalf));
        List<String> secondBodies = bulkBodies(events.subList(firstHalf, events.size()));
        for (String body : firstBodies) {
            assertEquals(false, node.post("/" + INDEX + "/_bulk", body).body().get("errors").asBoolean());
        }
        node.post("/" + INDEX + "/_refresh", "");

        // The load goes on, round after round, until two training runs have published while it ran.
        AtomicBoolean trainingDone = new AtomicBoolean();
        AtomicLong sent = new AtomicLong();
        CompletableFuture<List<String>> loading = CompletableFuture.supplyAsync(() -> load(secondBodies, trainingDone, sent));
        for (int run = 0; run < 2; run++) {
            NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
            assertEquals(200, trained.status(), String.valueOf(trained.body()));
            assertFalse(trained.body().get("model_version").isNull(), "the run must train a model: " + trained.body());
            assertEquals(false, loading.isDone(), "the load must outlast the training runs");
        }
        trainingDone.set(true);
        assertEquals(List.of(), loading.get(), "bulk item failures");

        node.post("/" + INDEX + "/_refresh", "");
        long expected = firstHalf + sent.get();
        assertEquals(expected, count("{\"match_all\": {}}"));
        assertEquals(0, count("{\"exists\": {\"field\": \"ueba.error\"}}"));
        long scored = count("{\"exists\": {\"field\": \"ueba.score\"}}");
        assertEquals(expected, scored + count("{\"term\": {\"ueba.status\": \"no_model\"}}"), scored + " scored");

        // _train answers once its model is in use on this node, so from then on no login may go unscored.
        StringBuilder after = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (LoginEvent event : events.subList(0, AFTER_PUBLICATION)) {
            ids.add("after-publication-" + ids.size());
            after.append("{\"index\": {\"_id\": \"").append(ids.getLast()).append("\"}}\n")
                .append(JSON.writeValueAsString(EcsLoginDocument.toDocument(event))).append('\n');
        }
        assertEquals(false, node.post("/" + INDEX + "/_bulk?refresh=true", after.toString()).body().get("errors").asBoolean());
        String idsQuery = "{\"ids\": {\"values\": " + JSON.writeValueAsString(ids) + "}}";
        assertEquals(AFTER_PUBLICATION, count(idsQuery));
        assertEquals(AFTER_PUBLICATION, count("{\"bool\": {\"filter\": [" + idsQuery + ", {\"exists\": {\"field\": \"ueba.score\"}}]}}"),
            "logins indexed after the runs published, scored");
    }

    private List<String> load(List<String> bodies, AtomicBoolean stop, AtomicLong sent) {
        List<String> failures = new ArrayList<>();
        try {
            while (stop.get() == false) {
                for (String body : bodies) {
                    node.post("/" + INDEX + "/_bulk", body).body().get("items").forEach(item -> {
                        sent.incrementAndGet();
                        if (item.get("index").has("error")) {
                            failures.add(item.get("index").get("error").toString());
                        }
                    });
                }
            }
        } catch (Exception e) {
            failures.add(e.toString());
        }
        return failures;
    }

    private long count(String query) throws Exception {
        return node.post("/" + INDEX + "/_count", "{\"query\": " + query + "}").body().get("count").asLong();
    }

    private static List<String> bulkBodies(List<LoginEvent> events) throws Exception {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            body.append("{\"index\": {}}\n").append(JSON.writeValueAsString(EcsLoginDocument.toDocument(events.get(i)))).append('\n');
            if ((i + 1) % BULK_SIZE == 0 || i == events.size() - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        return bodies;
    }
}

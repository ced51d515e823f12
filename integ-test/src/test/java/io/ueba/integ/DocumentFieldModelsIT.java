package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.features.EntityNames;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job whose models learn from a field of the login's document, as for SSH logins and the client's version: the RGCN
 * takes its relation from it ({@code relation_field}), the rarity kind learns it per user and per source
 * ({@code user_fields}, {@code source_fields}). The run
 * reads the field from the stored logins, and ingest reads it from each new login because the models in use ask for it.
 */
class DocumentFieldModelsIT {

    private static final String INDEX = "logins-field-models-it";
    private static final String JOB = "/_plugins/_ueba/jobs/field-models-it";
    private static final String MODEL_SET = "field-models-it";
    private static final String PIPELINE = "ueba-logins-field-models-it";

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();

    @Test
    void theModelsLearnTheFieldInTrainingAndReadItAtIngest() throws Exception {
        node.emptyLoginIndexWithFeaturesOption(INDEX, PIPELINE, "model_set", MODEL_SET);
        node.setProcessorOption(PIPELINE, "ueba_login_score", "write_scores", "always");
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> logins = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(30).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream().map(login -> login.withAttributes(Map.of("ssh.client", "OpenSSH_9.6"))).toList();
        node.indexLogins(INDEX, logins);

        NodeClient.Reply refused = node.put(JOB, """
            {"indices": "%s", "enabled": false, "model_set": "%s", "models": [{"type": "rgcn", "relation_field": "ssh..client"}]}"""
            .formatted(INDEX, MODEL_SET));
        assertEquals(400, refused.status(), refused.body().toString());
        assertTrue(refused.body().toString().contains("[models[0].relation_field]"), refused.body().toString());
        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s",
             "models": [{"type": "rgcn", "max_epochs": 40, "embedding_dim": 16, "relation": "none", "relation_field": "ssh.client"},
                        {"type": "rarity", "user_fields": ["ssh.client"], "source_fields": ["ssh.client"]}]}"""
            .formatted(INDEX, MODEL_SET)).status());

        String runId = node.runJobToSuccess(JOB);
        published.add(runId);
        JsonNode version = node.get("/_plugins/_ueba/models/" + runId).body();
        assertEquals("ssh.client", version.at("/settings/models/0/relation_field").asText(), version.toString());
        JsonNode graphModel = version.at("/training/models/0");
        assertEquals(3, graphModel.at("/metrics/graph_relations").asInt(), "one relation per family, the one client: " + graphModel);
        assertEquals("[\"ssh.client\"]", version.at("/settings/models/1/user_fields").toString(), version.toString());
        assertEquals("[\"ssh.client\"]", version.at("/settings/models/1/source_fields").toString(), version.toString());
        JsonNode set = node.waitForModelSet(MODEL_SET, "rgcn", runId);
        assertEquals("[\"ssh.client\"]", set.get("document_fields").toString(), "what ingest reads for the set: " + set);

        LoginEvent usual = logins.stream()
            .filter(login -> login.sourceHost() != null && login.destinationHost() != null && login.outcome() == LoginOutcome.SUCCESS)
            .reduce((first, second) -> second).orElseThrow();
        String login = """
            {"@timestamp": "%s", "user": {"name": "%s"}, "source": {"address": "%s"}, "destination": {"address": "%s"},
             "event": {"outcome": "success"}, "login": {"auth_package": "%s", "logon_type": "%s"}, "ssh": {"client": "%%s"}}"""
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), usual.user(), usual.sourceHost(), usual.destinationHost(),
                usual.authPackage(), usual.logonType());
        JsonNode sameClient = node.indexAndReadUeba(INDEX, login.formatted("OpenSSH_9.6"));
        assertEquals(0, sameClient.at("/scores/rgcn").asDouble(), "three known links: " + sameClient);

        // Another client makes each of the three links one of a kind the graph never held: ln 2 each, over the threshold.
        JsonNode otherClient = node.indexAndReadUeba(INDEX, login.formatted("PuTTY_0.70"));
        double threshold = graphModel.at("/threshold/value").asDouble();
        assertEquals(3 * Math.log(2) / threshold, otherClient.at("/scores/rgcn").asDouble(), 1e-5, otherClient.toString());
        // For the rarity kind the other client is a first for the user and for the source, whose every login came from the one client.
        assertTrue(otherClient.at("/scores/rarity").asDouble() > sameClient.at("/scores/rarity").asDouble() + 0.1,
            otherClient + " against " + sameClient);

        // The graph API draws the relation the same way when asked to: the login from the other client is an edge of its own.
        String relation = EntityNames.relation(usual.authPackage(), usual.logonType()) + "/putty_0.70";
        JsonNode graph = node.get("/_plugins/_ueba/graph?index=" + INDEX + "&from=now-1d&to=now%2B1d&relation_field=ssh.client&relation="
            + relation).body();
        assertEquals(1, graph.get("edges_found").asInt(), graph.toString());
        assertEquals(relation, graph.at("/edges/0/relation").asText(), graph.toString());
        assertEquals(otherClient.at("/scores/rgcn").asDouble(), graph.at("/edges/0/scores/rgcn/min").asDouble(), 1e-4, graph.toString());
        NodeClient.Reply badField = node.get("/_plugins/_ueba/graph?index=" + INDEX + "&relation_field=ssh%20client");
        assertEquals(400, badField.status(), badField.body().toString());
        assertTrue(badField.body().toString().contains("[relation_field]"), badField.body().toString());
    }


    @AfterEach
    void deleteTheJobAndItsSet() throws Exception {
        node.deleteJobAndModelSet(JOB, MODEL_SET, published);
    }
}

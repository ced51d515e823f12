package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.features.EntityNames;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.CombinedScore;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph model on the real node: a job trains the autoencoder and the RGCN in one run, the version keeps the
 * RGCN's held-out link prediction, a login is scored by both at ingest, and after a restart the node scores it the
 * same from the stored model.
 */
class RgcnScoringIT {

    private static final String INDEX = "logins-rgcn-it";
    private static final String JOB = "/_plugins/_ueba/jobs/rgcn-it";
    private static final String MODEL_SET = "rgcn-it";
    private static final String PIPELINE = "ueba-logins-rgcn-it";

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();

    @Test
    void oneRunTrainsTheGraphModelBesideTheAutoencoderAndTheNodeScoresWithItBeforeAndAfterARestart() throws Exception {
        node.emptyLoginIndexWithFeaturesOption(INDEX, PIPELINE, "model_set", MODEL_SET);
        node.setProcessorOption(PIPELINE, "ueba_login_score", "write_scores", "always");
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> logins = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream().toList();
        node.indexLogins(INDEX, logins);

        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s",
             "models": [{"type": "autoencoder", "epochs": 2}, {"type": "rgcn", "max_epochs": 60, "embedding_dim": 16, "relation": "logon_type"}]}"""
            .formatted(INDEX, MODEL_SET)).status());
        NodeClient.Reply refused = node.post(JOB + "/_update", "{\"models\": [{\"type\": \"rgcn\", \"families\": [\"user_user\"]}]}");
        assertEquals(400, refused.status(), refused.body().toString());
        assertTrue(refused.body().toString().contains("[models[0].families]"), refused.body().toString());

        String runId = node.runJobToSuccess(JOB);
        published.add(runId);
        JsonNode version = node.get("/_plugins/_ueba/models/" + runId).body();
        assertEquals("[\"autoencoder\",\"rgcn\"]", version.get("kinds").toString(), version.toString());
        JsonNode graphModel = version.at("/training/models/1");
        assertEquals("rgcn", graphModel.get("type").asText(), version.toString());
        assertTrue(graphModel.at("/metrics/graph_edges").asDouble() > 100, graphModel.toString());
        double auc = graphModel.at("/metrics/validation_roc_auc").asDouble();
        assertTrue(auc > 0.6 && auc <= 1, "held-out edges ranked above corrupted ones: " + graphModel);
        assertEquals(3, graphModel.at("/metrics/members").asInt(), "the default ensemble: " + graphModel);
        assertEquals(16, version.at("/settings/models/1/embedding_dim").asInt(), version.toString());
        assertEquals("logon_type", version.at("/settings/models/1/relation").asText(), version.toString());
        node.waitForModelSet(MODEL_SET, "rgcn", runId);

        LoginEvent usual = logins.stream()
            .filter(login -> login.sourceHost() != null && login.destinationHost() != null && login.outcome() == LoginOutcome.SUCCESS)
            .reduce((first, second) -> second).orElseThrow();
        String toANewServer = """
            {"@timestamp": "%s", "user": {"name": "%s"}, "source": {"address": "%s"}, "destination": {"address": "SRV-NEVER-01"},
             "event": {"outcome": "success"}, "login": {"auth_package": "%s", "logon_type": "%s"}}"""
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), usual.user(), usual.sourceHost(), usual.authPackage(), usual.logonType());
        JsonNode before = node.indexAndReadUeba(INDEX, toANewServer);
        double rgcn = before.at("/scores/rgcn").asDouble();
        // source -> server and user -> server each count as a typical new link, ln 2; source -> user, under the usual
        // login's own relation, is known: 0
        double threshold = graphModel.at("/threshold/value").asDouble();
        assertEquals(-Math.log(1 - 0.99), threshold, 1e-9, graphModel.toString());
        assertEquals(2 * Math.log(2) / threshold, rgcn, 1e-5, "a server never linked to anything: " + before);
        assertEquals(Math.sqrt(CombinedScore.bounded(before.at("/scores/autoencoder").asDouble()) * CombinedScore.bounded(rgcn)),
            before.get("score").asDouble(), 1e-4, "the geometric mean of both kinds' bounded scores: " + before);

        // The job's relation is the logon type alone: the usual login under an auth package never seen is on known links.
        JsonNode otherPackage = node.indexAndReadUeba(INDEX, """
            {"@timestamp": "%s", "user": {"name": "%s"}, "source": {"address": "%s"}, "destination": {"address": "%s"},
             "event": {"outcome": "success"}, "login": {"auth_package": "pku2u", "logon_type": "%s"}}"""
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), usual.user(), usual.sourceHost(), usual.destinationHost(),
                usual.logonType()));
        assertEquals(0, otherPackage.at("/scores/rgcn").asDouble(), "three known links: " + otherPackage);

        NodeLauncher.restart();
        NodeClient.Reply health = node.get("/_cluster/health?wait_for_status=yellow&timeout=60s");
        assertEquals(200, health.status(), "the restarted node's shards did not recover: " + health.body());
        node.waitForModelSet(MODEL_SET, "rgcn", runId);
        JsonNode after = node.indexAndReadUeba(INDEX, toANewServer);
        assertEquals(rgcn, after.at("/scores/rgcn").asDouble(), 1e-9, "the restarted node scores from the stored graph model: " + after);
        assertEquals(before.get("explanation"), after.get("explanation"));

        // The graph API draws the two logins to the new server as one edge, with the graph model's score of each.
        JsonNode graph = node.get("/_plugins/_ueba/graph?index=" + INDEX + "&entity=SRV-NEVER-01&from=now-1d").body();
        assertEquals(1, graph.get("edges_found").asInt(), graph.toString());
        JsonNode edge = graph.at("/edges/0");
        assertEquals("srv-never-01", edge.get("target").asText(), edge.toString());
        assertEquals(EntityNames.relation(usual.authPackage(), usual.logonType()), edge.get("relation").asText(), edge.toString());
        assertEquals(2, edge.get("count").asInt(), edge.toString());
        assertEquals(2, edge.at("/scores/rgcn/count").asInt(), edge.toString());
        assertEquals(rgcn, edge.at("/scores/rgcn/min").asDouble(), 1e-4, "the graph API rounds to 4 decimals: " + edge);
        assertEquals("host", graph.at("/nodes").findValuesAsText("kind").getFirst(), graph.toString());
    }



    @AfterEach
    void deleteTheJobAndItsSet() throws Exception {
        node.deleteJobAndModelSet(JOB, MODEL_SET, published);
    }
}

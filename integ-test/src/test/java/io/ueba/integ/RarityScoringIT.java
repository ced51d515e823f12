package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job with two kinds, the autoencoder and rarity, on the real node: one run trains both over one pass, the version
 * holds both, every node scores with both, and a login is scored by each and by their combination.
 */
class RarityScoringIT {

    private static final String INDEX = "logins-rarity-it";
    private static final String JOB = "/_plugins/_ueba/jobs/rarity-it";
    private static final String MODEL_SET = "rarity-it";

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();

    @Test
    void oneRunTrainsBothKindsAndALoginIsScoredByEachAndByTheirCombination() throws Exception {
        node.emptyLoginIndexWithFeaturesOption(INDEX, "ueba-logins-rarity-it", "model_set", MODEL_SET);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> logins = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream().toList();
        node.indexLogins(INDEX, logins);
        long successful = logins.stream().filter(login -> login.outcome() == LoginOutcome.SUCCESS).count();

        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s",
             "models": [{"type": "autoencoder", "epochs": 2}, {"type": "rarity", "threshold_quantile": 0.995}]}"""
            .formatted(INDEX, MODEL_SET)).status());
        NodeClient.Reply refused = node.post(JOB + "/_update", "{\"models\": [{\"type\": \"rarity\", \"smoothing\": -1}]}");
        assertEquals(400, refused.status(), refused.body().toString());
        assertTrue(refused.body().toString().contains("[models[0].smoothing]"), refused.body().toString());

        String runId = node.runJobToSuccess(JOB);
        published.add(runId);
        JsonNode version = node.get("/_plugins/_ueba/models/" + runId).body();
        assertEquals("[\"autoencoder\",\"rarity\"]", version.get("kinds").toString(), version.toString());
        assertEquals("rarity", version.at("/training/models/1/type").asText(), version.toString());
        assertEquals(successful, version.at("/training/models/1/training_rows").asLong(), "rarity counts every login of the one pass");
        assertEquals(successful, version.at("/training/models/0/training_rows").asLong(), "the autoencoder samples from the same pass");
        assertTrue(version.at("/training/models/1/threshold/method").asText().startsWith("quantile(0.995"), version.toString());

        JsonNode set = node.waitForModelSet(MODEL_SET, "profile", runId);
        assertEquals(runId, set.at("/scoring_with/autoencoder").asText(), set.toString());
        assertEquals(runId, set.at("/scoring_with/rarity").asText(), set.toString());

        LoginEvent usual = logins.getLast();
        String odd = """
            {"@timestamp": "%s", "user": {"name": "%s"}, "source": {"ip": "203.0.113.9", "address": "DESKTOP-NEW1234",
             "geo": {"country_iso_code": "RU"}}, "destination": {"address": "DC-01"}, "event": {"outcome": "success"},
             "login": {"auth_package": "NTLM", "logon_type": "Network"}}""".formatted(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(190,
            ChronoUnit.MINUTES), usual.user());
        NodeClient.Reply indexed = node.post("/" + INDEX + "/_doc?refresh=true", odd);
        assertEquals(201, indexed.status(), indexed.body().toString());
        JsonNode ueba = node.get("/" + INDEX + "/_doc/" + indexed.body().get("_id").asText()).body().at("/_source/ueba");
        assertTrue(ueba.get("suspicious").asBoolean(), ueba.toString());
        double autoencoder = ueba.at("/scores/autoencoder").asDouble();
        double rarity = ueba.at("/scores/rarity").asDouble();
        assertTrue(rarity >= 1, "a new machine, a new country, 03:10: rare for this user " + ueba);
        assertTrue(ueba.get("score").asDouble() >= 1, "suspicious: the kinds' scores average, on a log scale, at least their thresholds: " + ueba);
        List<String> explanation = new ArrayList<>();
        ueba.get("explanation").forEach(reason -> explanation.add(reason.asText()));
        assertTrue(explanation.contains("rarity: first login from this source for this user"), explanation.toString());
        assertTrue(explanation.stream().allMatch(reason -> reason.startsWith("rarity: ") || reason.startsWith("autoencoder: ")),
            explanation.toString());
    }


    @AfterEach
    void deleteTheJobAndItsSet() throws Exception {
        node.deleteJobAndModelSet(JOB, MODEL_SET, published);
    }
}

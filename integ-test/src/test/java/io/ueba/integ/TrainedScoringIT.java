package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first whole path on the real node: a week of the demo enterprise's logins in, {@code _train} learns the profile
 * and the autoencoder, and a login indexed afterwards is scored as it is indexed: an ordinary one low, one from a
 * new machine on a public address to a domain controller high, flagged, and explained.
 */
class TrainedScoringIT {

    private static final String INDEX = "logins-scoring-it";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeClient node = new NodeClient();

    @Test
    void loginsIndexedAfterTrainingAreScored() throws Exception {
        node.emptyLoginIndex(INDEX);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        DemoLoginConfig config = DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0);
        List<LoginEvent> events = new DemoLoginGenerator(config).stream().toList();
        node.indexLogins(INDEX, events);

        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertEquals(events.size(), trained.body().get("logins_read").asInt());
        String modelVersion = trained.body().get("model_version").asText();
        assertTrue(modelVersion.startsWith("run-"), trained.body().toString());

        // An office-hours Kerberos logon from the middle of the week: the most ordinary kind there is.
        List<LoginEvent> office = events.stream()
            .filter(e -> e.outcome() == LoginOutcome.SUCCESS && "Kerberos".equals(e.authPackage()) && "Network".equals(e.logonType()))
            .filter(e -> e.sourceHost() != null && e.timestamp().atZone(ZoneOffset.UTC).getHour() >= 9 && e.timestamp().atZone(ZoneOffset.UTC).getHour() < 16)
            .toList();
        LoginEvent ordinary = office.get(office.size() / 2);
        LoginEvent odd = new LoginEvent(Instant.now().truncatedTo(ChronoUnit.SECONDS), ordinary.user(), ordinary.userDomain(),
            "203.0.113.77", "DESKTOP-Q7Z2X9K", "DC-01", null, LoginOutcome.SUCCESS, "NTLM", "Network", null, null);

        JsonNode ordinaryScore = indexAndGet("ordinary", ordinary);
        JsonNode oddScore = indexAndGet("odd", odd);
        assertFalse(oddScore.has("status"), oddScore.toString());
        assertEquals(modelVersion, oddScore.get("model_version").asText());
        double low = ordinaryScore.get("score").asDouble();
        double high = oddScore.get("score").asDouble();
        assertTrue(high > 2 * low, "ordinary " + low + ", odd " + high);
        assertTrue(oddScore.get("suspicious").asBoolean(), oddScore.toString());
        assertFalse(oddScore.get("explanation").isEmpty(), oddScore.toString());

        // A user's usual VPN sign-in, but from Lagos: the pipeline's geoip names the country, which the profile has
        // never seen for that user.
        LoginEvent vpn = events.stream().filter(e -> e.outcome() == LoginOutcome.SUCCESS && "web".equals(e.logonType())).findFirst().orElseThrow();
        LoginEvent fromLagos = new LoginEvent(Instant.now().truncatedTo(ChronoUnit.SECONDS), vpn.user(), vpn.userDomain(), "105.112.45.15", null,
            vpn.destinationHost(), vpn.destinationIp(), LoginOutcome.SUCCESS, vpn.authPackage(), vpn.logonType(), null, null);
        JsonNode abroad = indexAndGet("abroad", fromLagos);
        assertTrue(abroad.at("/features/novelty").toString().contains("\"first_user_country\""), abroad.toString());
        JsonNode fromHome = indexAndGet("home", new LoginEvent(Instant.now().truncatedTo(ChronoUnit.SECONDS), vpn.user(), vpn.userDomain(),
            vpn.sourceIp(), null, vpn.destinationHost(), vpn.destinationIp(), LoginOutcome.SUCCESS, vpn.authPackage(), vpn.logonType(), null, null));
        assertFalse(fromHome.path("features").path("novelty").toString().contains("first_user_country"), fromHome.toString());
    }

    private JsonNode indexAndGet(String id, LoginEvent login) throws Exception {
        NodeClient.Reply indexed = node.put("/" + INDEX + "/_doc/" + id + "?refresh=true", JSON.writeValueAsString(EcsLoginDocument.toDocument(login)));
        assertEquals(201, indexed.status(), String.valueOf(indexed.body()));
        return node.get("/" + INDEX + "/_doc/" + id).body().get("_source").get("ueba");
    }
}

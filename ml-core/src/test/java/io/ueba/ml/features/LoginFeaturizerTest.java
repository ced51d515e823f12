package io.ueba.ml.features;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginFeaturizerTest {

    private final LoginFeaturizer featurizer = new LoginFeaturizer();

    private static LoginEvent login(String user, String sourceHost, String sourceIp, String destination, String at) {
        return new LoginEvent(Instant.parse(at), user, "CORP", sourceIp, sourceHost, destination, null,
            LoginOutcome.SUCCESS, "Kerberos", "Network", null, null);
    }

    @Test
    void withoutProfileWritesWhatItCanAndSaysTheProfileIsMissing() {
        LoginFeatures features = featurizer.featurize(login("CORP\\Alice", "WS-1", "10.0.0.5", "SRV-FILE", "2026-11-23T06:00:00Z"), null);
        assertEquals("alice", features.user());
        assertEquals("ws-1", features.source());
        assertEquals("srv-file", features.destination());
        assertEquals("kerberos/network", features.relation());
        assertTrue(features.success());
        assertTrue(features.sourceIp().privateAddress());
        assertNull(features.profile());
        Map<String, Object> document = features.toDocument();
        assertEquals(Map.of("status", "missing"), document.get("profile"));
        assertEquals(1.0, (Float) document.get("hour_sin"), 1e-9);
    }

    @Test
    void sourceFallsBackToTheIpThenUnknown() {
        assertEquals("203.0.113.9", featurizer.featurize(login("bob", null, "203.0.113.9", "srv", "2026-11-23T06:00:00Z"), null).source());
        LoginFeatures nothing = featurizer.featurize(login("bob", null, null, null, "2026-11-23T06:00:00Z"), null);
        assertEquals(LoginFeatures.UNKNOWN_ENTITY, nothing.source());
        assertEquals(LoginFeatures.UNKNOWN_ENTITY, nothing.destination());
        assertNull(nothing.sourceIp());
        assertFalse(nothing.toDocument().containsKey("source_ip"));
    }

    @Test
    void anAddressThatIsNotAnIpIsReadAsAbsent() {
        LoginFeatures features = featurizer.featurize(login("bob", null, "300.1.2.3", null, "2026-11-23T06:00:00Z"), null);
        assertNull(features.sourceIp());
        assertEquals(LoginFeatures.UNKNOWN_ENTITY, features.source());
    }

    @Test
    void comparesWithThePublishedProfile() {
        EntityProfile profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-7");
        ProfileFeatures usual = featurizer.featurize(login("alice", "WS-1", null, "SRV-FILE", "2026-11-23T09:10:00Z"), profile).profile();
        assertEquals("run-7", usual.profileVersion());
        assertFalse(usual.newUser());
        assertFalse(usual.firstUserSource());
        assertFalse(usual.firstSourceDestination());
        assertEquals(0.0, usual.hourDistance(), 1e-9);
        assertEquals(1, usual.userDistinctSources());

        ProfileFeatures odd = featurizer.featurize(login("alice", "WS-9", null, "DC-1", "2026-11-23T03:00:00Z"), profile).profile();
        assertTrue(odd.firstUserSource());
        assertTrue(odd.firstSourceDestination());
        assertEquals(6.0, odd.hourDistance(), 1e-9);

        ProfileFeatures stranger = featurizer.featurize(login("mallory", "WS-1", null, "SRV-FILE", "2026-11-23T09:10:00Z"), profile).profile();
        assertTrue(stranger.newUser());
        assertEquals(12.0, stranger.hourDistance(), 1e-9);
    }

    @Test
    void noveltyNamesWhatIsNewAgainstTheProfile() {
        EntityProfile profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-7");
        assertEquals(List.of(), featurizer.featurize(login("alice", "WS-1", null, "SRV-FILE", "2026-11-23T03:00:00Z"), profile).novelty(),
            "an unusual hour alone is not novelty");
        assertEquals(List.of(), featurizer.featurize(login("alice", "WS-9", null, "DC-1", "2026-11-23T09:10:00Z"), null).novelty(),
            "without a profile nothing is novel");
        assertEquals(List.of("first_user_source", "first_source_destination"),
            featurizer.featurize(login("alice", "WS-9", null, "DC-1", "2026-11-23T09:10:00Z"), profile).novelty());
        assertEquals(List.of("new_user", "first_user_source"), featurizer.featurize(login("mallory", "WS-1", null, "SRV-FILE", "2026-11-23T09:10:00Z"), profile).novelty());
    }

    @Test
    void aCountryTheUserNeverLoggedInFromIsNovel() {
        EntityProfile profile = new EntityProfileBuilder()
            .add("alice", "203.0.113.9", "vpn-gw", 9.5, "DE")
            .add("alice", "ws-1", "srv-file", 10, null)
            .build("run-8");
        ProfileFeatures home = featurizer.featurize(vpnLogin("alice", "198.51.100.7", " de "), profile).profile();
        assertFalse(home.firstUserCountry(), "the country is read as geoip writes it, whatever its case and spaces");
        LoginFeatures abroad = featurizer.featurize(vpnLogin("alice", "198.51.100.7", "NG"), profile);
        assertEquals("NG", abroad.sourceCountry());
        assertTrue(abroad.profile().firstUserCountry());
        assertEquals(List.of("first_user_source", "first_user_country", "first_source_destination"), abroad.novelty());
        assertEquals(true, ((Map<?, ?>) abroad.toDocument().get("profile")).get("first_user_country"));
        assertFalse(featurizer.featurize(vpnLogin("alice", "198.51.100.7", null), profile).profile().firstUserCountry(),
            "an unknown country is never novel");
        assertTrue(featurizer.featurize(vpnLogin("bob", "198.51.100.7", "DE"), profile).profile().firstUserCountry(),
            "a country is the user's own: alice's does not count for bob");
    }

    private static LoginEvent vpnLogin(String user, String publicIp, String country) {
        return new LoginEvent(Instant.parse("2026-11-23T09:00:00Z"), user, "CORP", publicIp, null, country, "vpn-gw", null,
            LoginOutcome.SUCCESS, "password", "web", null, null);
    }
}

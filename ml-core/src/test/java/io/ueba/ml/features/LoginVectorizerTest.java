package io.ueba.ml.features;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfileBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginVectorizerTest {

    private final LoginVectorizer vectorizer = new LoginVectorizer();
    private final LoginFeaturizer featurizer = new LoginFeaturizer();

    private static LoginEvent login(String source) {
        return new LoginEvent(Instant.parse("2026-11-23T03:00:00Z"), "alice", null, "203.0.113.5", source, "srv-1", null,
            LoginOutcome.SUCCESS, "NTLM", "Network", null, null);
    }

    private float group(float[] vector, String name) {
        FeatureGroup group = vectorizer.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
        float sum = 0;
        for (int i = group.from(); i < group.to(); i++) {
            sum += vector[i];
        }
        return sum;
    }

    @Test
    void groupsTileTheVectorWithoutGaps() {
        int at = 0;
        for (FeatureGroup group : vectorizer.groups()) {
            assertEquals(at, group.from(), group.name());
            at = group.to();
        }
        assertEquals(vectorizer.dimension(), at);
    }

    @Test
    void entitiesAreOneHotAndBehaviourComesFromTheProfile() {
        var profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-1", 9.5, null).build("v1");
        float[] usual = vectorizer.vectorize(featurizer.featurize(login("WS-1"), profile));
        float[] novel = vectorizer.vectorize(featurizer.featurize(login("WS-9"), profile));
        assertEquals(1, group(usual, "user"));
        assertEquals(1, group(usual, "relation"));
        assertEquals(0, group(usual, "first_user_source"));
        assertEquals(LoginVectorizer.BEHAVIOUR_WEIGHT, group(novel, "first_user_source"));
        assertEquals(LoginVectorizer.BEHAVIOUR_WEIGHT, group(novel, "first_source_destination"));
        assertEquals(LoginVectorizer.BEHAVIOUR_WEIGHT * 6.0 / 12, group(usual, "hour_distance"), 1e-6);
        assertEquals(1, group(usual, "source_ip"));
    }

    @Test
    void withoutProfileTheBehaviourFeaturesAreZero() {
        float[] vector = vectorizer.vectorize(featurizer.featurize(login("WS-1"), null));
        for (String name : new String[] { "new_user", "first_user_source", "first_source_destination", "hour_distance" }) {
            assertEquals(0, group(vector, name), name);
        }
    }

    @Test
    void distinctSourcesGrowLogarithmicallyToOneAtSixtyFour() {
        var profile = new EntityProfileBuilder();
        for (int source = 0; source < 100; source++) {
            profile.add("alice", "ws-" + source, "srv-1", 9.5, null);
            if (source == 0 || source == 7 || source == 63 || source == 99) {
                float[] vector = vectorizer.vectorize(featurizer.featurize(login("WS-1"), profile.build("v" + source)));
                double expected = Math.min(1, Math.log1p(source + 1) / Math.log1p(64));
                assertEquals(expected, group(vector, "user_distinct_sources"), 1e-6, source + 1 + " sources");
            }
        }
    }

    @Test
    void bucketsAreCrc32SoTheyNeverMoveBetweenJvms() {
        // zlib.crc32(b"alice") % 16 == 7, computed outside Java
        assertEquals(7, LoginVectorizer.bucket("alice", 16));
    }
}

package io.ueba.ml.rgcn;

import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.model.TrainedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ueba.ml.rgcn.Departments.START;
import static io.ueba.ml.rgcn.Departments.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The RGCN kind with its relation taken from a field of the login's document ({@code relation_field}), as for SSH
 * logins whose kind is the client's version: the company's logins all come from one client, then one comes from another.
 */
class RgcnRelationFieldTest {

    private static final Instant LATER = START.plus(15, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
    private static final String CLIENT = "ssh.client";

    private static KindTraining training;
    private static TrainedModels trained;

    @BeforeAll
    static void trainOnTheCompanysSshLogins() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), RgcnRelationFieldTest.class.getClassLoader()).load();
        List<LoginEvent> logins = Departments.twoWeeks().stream().map(login -> login.withAttributes(Map.of(CLIENT, "openssh_9.6"))).toList();
        List<KindSettings> kinds = List.of(ModelKinds.BUILT_IN.settings("models[0]",
            Map.of("type", "rgcn", "relation", "none", "relation_field", CLIENT, "max_epochs", 30)));
        assertEquals(Set.of(CLIENT), ModelSetTrainer.attributeFields(kinds), "what the run must read from each stored login");
        TrainedSet set = TrainedSet.train(logins, kinds);
        training = set.first();
        trained = set.models();
    }

    @Test
    void theFieldsValueIsTheRelationAndScoringAsksForTheField() {
        assertEquals(3, training.metrics().get("graph_relations"), "one relation per family: every login came from one client");
        assertEquals(Set.of(CLIENT), trained.attributeFields());
    }

    @Test
    void aLoginFromAnotherClientIsAKindOfLogonNeverSeen() {
        LoginEvent usual = login("u01", "ws-u01", Departments.server(0, 0), LATER);
        RgcnScorer scorer = (RgcnScorer) training.scorer();

        assertTrue(scorer.score(features(usual.withAttributes(Map.of(CLIENT, "OpenSSH_9.6")))).score() < 1);
        assertEquals("first putty_0.70 logon from ws-u01 to " + Departments.server(0, 0) + "; this kind of logon has not been seen before",
            scorer.links().assess(features(usual.withAttributes(Map.of(CLIENT, "putty_0.70")))).mostSurprising().reason());
        assertEquals("first unknown logon from ws-u01 to " + Departments.server(0, 0) + "; this kind of logon has not been seen before",
            scorer.links().assess(features(usual)).mostSurprising().reason(), "a login without the field");
    }

    @Test
    void theFieldSurvivesTheModelStoreAndIsValidated() throws Exception {
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        TrainedModels copy = codec.decode(codec.encode(trained)).models();
        assertEquals(Set.of(CLIENT), copy.attributeFields());
        LoginFeatures other = features(login("u01", "ws-u02", Departments.server(3, 2), LATER).withAttributes(Map.of(CLIENT, "openssh_9.6")));
        assertEquals(training.scorer().score(other), copy.scorer(RgcnKind.NAME).score(other));

        for (Object wrong : List.of("", "ssh..client", "ssh.*", 7, "a".repeat(257))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rgcn", "relation_field", wrong)));
            assertTrue(refused.getMessage().startsWith("[models[1].relation_field] must be a field's path"), refused.getMessage());
        }
        assertEquals(CLIENT, ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rgcn", "relation_field", CLIENT)).asMap().get("relation_field"));
    }

    private static LoginFeatures features(LoginEvent login) {
        return new LoginFeaturizer().featurize(login, trained.profile());
    }
}

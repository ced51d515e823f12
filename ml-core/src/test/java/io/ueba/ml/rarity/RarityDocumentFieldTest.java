package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.OfficeHoursLogins;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.model.TrainedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ueba.ml.login.OfficeHoursLogins.MONDAY;
import static io.ueba.ml.login.OfficeHoursLogins.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rarity kind with a document field learned per user ({@code user_fields}) and per source ({@code source_fields}),
 * as for SSH logins and the client each connects with: Bob uses PuTTY from his workstation, everyone else OpenSSH from
 * theirs, and everyone, Bob too, OpenSSH from the jump host.
 */
class RarityDocumentFieldTest {

    private static final String CLIENT = "ssh.client";
    private static final String JUMP_HOST = "jump-01";
    private static final Instant LATER = MONDAY.plus(22, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
    private static final String FIRST_CLIENT = "first login with this ssh.client for this user";
    private static final String FIRST_CLIENT_FROM_SOURCE = "first login with this ssh.client from this source";

    private static KindTraining training;
    private static TrainedModels trained;

    @BeforeAll
    static void trainOnTheUsersClients() {
        List<LoginEvent> logins = new ArrayList<>();
        for (LoginEvent login : OfficeHoursLogins.threeWeeks()) {
            logins.add(withUsualClient(login));
            if (login.destinationHost().equals("srv-file")) {
                logins.add(login(login.user(), JUMP_HOST, "srv-file", "FR", login.timestamp()).withAttributes(Map.of(CLIENT, "openssh_9.6")));
            }
        }
        List<KindSettings> kinds = List.of(ModelKinds.BUILT_IN.settings("models[0]",
            Map.of("type", "rarity", "user_fields", List.of(CLIENT), "source_fields", List.of(CLIENT))));
        assertEquals(Set.of(CLIENT), ModelSetTrainer.attributeFields(kinds), "what the run must read from each stored login");
        TrainedSet set = TrainedSet.train(logins, kinds);
        training = set.first();
        trained = set.models();
    }

    private static LoginEvent withUsualClient(LoginEvent login) {
        return login.withAttributes(Map.of(CLIENT, login.user().equals("bob") ? "putty_0.70" : "openssh_9.6"));
    }

    @Test
    void scoringAsksForTheField() {
        assertEquals(Set.of(CLIENT), trained.attributeFields());
    }

    @Test
    void aClientNewForTheUserIsNamedAndAddsToTheScoreThoughOthersUseIt() {
        LoginEvent usual = login("alice", "ws-alice", "srv-file", "FR", LATER);
        KindScore withHerClient = score(usual.withAttributes(Map.of(CLIENT, "openssh_9.6")));
        KindScore withBobsClient = score(usual.withAttributes(Map.of(CLIENT, "putty_0.70")));
        assertTrue(withBobsClient.score() > withHerClient.score(), withBobsClient + " " + withHerClient);
        assertFalse(withHerClient.reasons().contains(FIRST_CLIENT), withHerClient.toString());

        KindScore odd = score(login("alice", "ws-evil", "srv-file", "FR", LATER).withAttributes(Map.of(CLIENT, "putty_0.70")));
        assertTrue(odd.score() >= 1, odd.toString());
        assertTrue(odd.reasons().contains(FIRST_CLIENT), odd.reasons().toString());
        assertFalse(score(login("bob", "ws-evil", "srv-file", "FR", LATER).withAttributes(Map.of(CLIENT, "putty_0.70"))).reasons()
            .contains(FIRST_CLIENT), "bob's own client");
    }

    @Test
    void aClientNewForTheSourceIsNamedThoughTheUserHasUsedIt() {
        KindScore fromTheJumpHost = score(login("bob", JUMP_HOST, "srv-file", "FR", LATER).withAttributes(Map.of(CLIENT, "putty_0.70")));
        assertTrue(fromTheJumpHost.reasons().contains(FIRST_CLIENT_FROM_SOURCE), fromTheJumpHost.reasons().toString());
        assertFalse(fromTheJumpHost.reasons().contains(FIRST_CLIENT), "bob's own client: " + fromTheJumpHost.reasons());
        KindScore usual = score(login("bob", JUMP_HOST, "srv-file", "FR", LATER).withAttributes(Map.of(CLIENT, "openssh_9.6")));
        assertTrue(fromTheJumpHost.score() > usual.score(), fromTheJumpHost + " " + usual);

        KindScore fromHisWorkstation = score(login("bob", "ws-bob", "srv-file", "FR", LATER).withAttributes(Map.of(CLIENT, "putty_0.70")));
        assertFalse(fromHisWorkstation.reasons().contains(FIRST_CLIENT_FROM_SOURCE), fromHisWorkstation.reasons().toString());
    }

    @Test
    void aLoginWithoutTheFieldIsNotScoredOnIt() {
        LoginEvent usual = login("alice", "ws-alice", "srv-file", "FR", LATER);
        assertTrue(score(usual).score() < score(usual.withAttributes(Map.of(CLIENT, "openssh_9.6"))).score());
    }

    @Test
    void theFieldSurvivesTheModelStoreAndIsValidated() throws Exception {
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        TrainedModelsCodec.Decoded decoded = codec.decode(codec.encode(trained));
        assertEquals(Map.of(), decoded.unusable());
        assertEquals(Set.of(CLIENT), decoded.models().attributeFields());
        LoginScorer copy = decoded.models().scorer(RarityKind.NAME);
        LoginFeatures odd = features(login("alice", "ws-evil", "srv-db", "FR", LATER).withAttributes(Map.of(CLIENT, "putty_0.70")));
        assertEquals(training.scorer().score(odd), copy.score(odd));

        for (String setting : List.of("user_fields", "source_fields")) {
            for (Object wrong : List.of(CLIENT, List.of("ssh client"), List.of(CLIENT, CLIENT), List.of(7),
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"))) {
                IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rarity", setting, wrong)));
                assertTrue(refused.getMessage().startsWith("[models[1]." + setting + "] must be a list of at most 8 distinct fields' paths"),
                    refused.getMessage());
            }
            assertEquals(List.of(CLIENT), ModelKinds.BUILT_IN.settings("models[1]", Map.of("type", "rarity", setting, List.of(CLIENT)))
                .asMap().get(setting));
        }
    }

    private static KindScore score(LoginEvent login) {
        return training.scorer().score(features(login));
    }

    private static LoginFeatures features(LoginEvent login) {
        return new LoginFeaturizer().featurize(login, trained.profile());
    }
}

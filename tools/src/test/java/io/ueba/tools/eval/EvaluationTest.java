package io.ueba.tools.eval;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EvalModels AUTOENCODER = new EvalModels(List.of("autoencoder"));

    private static LoginEvent login(String time, LoginLabel label) {
        return new LoginEvent(Instant.parse(time), "alice", null, "10.0.0.1", null, "srv", null, LoginOutcome.SUCCESS, null, null, null, label);
    }

    @Test
    void theDefaultSplitIsTheStartOfTheFirstAttacksDay() {
        List<LoginEvent> events = List.of(
            login("2019-01-01T10:00:00Z", LoginLabel.BENIGN),
            login("2019-01-03T10:00:00Z", LoginLabel.BENIGN),
            login("2019-01-03T17:00:00Z", LoginLabel.attack("brute_force")),
            login("2019-01-05T10:00:00Z", LoginLabel.attack("brute_force"))
        );
        Instant at = EvaluationSplit.defaultSplit(events);
        assertEquals(Instant.parse("2019-01-03T00:00:00Z"), at);
        EvaluationSplit split = EvaluationSplit.at(events, at);
        assertEquals(1, split.train().size());
        assertEquals(3, split.test().size());
    }

    @Test
    void unlabelledLoginsSplitInTheMiddleOfTheirSpanAndAnEmptySideIsRefused() {
        List<LoginEvent> events = List.of(login("2019-01-01T10:00:00Z", null), login("2019-01-09T10:00:00Z", null));
        assertEquals(Instant.parse("2019-01-05T00:00:00Z"), EvaluationSplit.defaultSplit(events));
        assertThrows(IllegalArgumentException.class, () -> EvaluationSplit.at(events, Instant.parse("2020-01-01T00:00:00Z")));
    }

    @Test
    void aMinuteBinTakesItsHighestScoreAndIsAnAttackWhenAnyLoginIs() {
        List<ScoredLogin> scored = List.of(
            new ScoredLogin(login("2019-01-01T10:00:05Z", LoginLabel.BENIGN), 0.2, true, List.of(), Map.of()),
            new ScoredLogin(login("2019-01-01T10:00:55Z", LoginLabel.attack("x")), 3.0, true, List.of("new source"), Map.of()),
            new ScoredLogin(login("2019-01-01T10:01:00Z", LoginLabel.BENIGN), 0.5, true, List.of(), Map.of())
        );
        List<ScoredLogin> bins = MinuteBins.of(scored);
        assertEquals(2, bins.size());
        assertEquals(3.0, bins.get(0).score());
        assertTrue(bins.get(0).attack());
        assertEquals(Instant.parse("2019-01-01T10:00:00Z"), bins.get(0).event().timestamp());
        assertFalse(bins.get(1).attack());
    }

    @Test
    void aModelSeesEveryFieldOfALoginButItsLabel() {
        LoginEvent labelled = new LoginEvent(Instant.parse("2019-01-01T10:00:00Z"), "alice", "CORP", "41.58.0.1", "laptop-7", "NG", "dc-1", "10.0.0.2",
            LoginOutcome.FAILURE, "NTLM", "Network", "bad password", LoginLabel.attack("takeover"));
        LoginEvent seen = LoginScoring.unlabelled(labelled);
        assertEquals(new LoginEvent(Instant.parse("2019-01-01T10:00:00Z"), "alice", "CORP", "41.58.0.1", "laptop-7", "NG", "dc-1", "10.0.0.2",
            LoginOutcome.FAILURE, "NTLM", "Network", "bad password", null), seen);
    }

    @Test
    void aMinuteBinKeepsTheCountryOfItsHighestLogin() {
        LoginEvent fromLagos = new LoginEvent(Instant.parse("2019-01-01T10:00:30Z"), "alice", null, "41.58.0.1", null, "NG", "srv", null,
            LoginOutcome.SUCCESS, null, null, null, LoginLabel.BENIGN);
        List<ScoredLogin> bins = MinuteBins.of(List.of(
            new ScoredLogin(login("2019-01-01T10:00:05Z", LoginLabel.BENIGN), 0.2, true, List.of(), Map.of()),
            new ScoredLogin(fromLagos, 2.0, true, List.of("first login from this country for this user"), Map.of())
        ));
        assertEquals("NG", bins.getFirst().event().sourceCountry());
    }

    @Test
    void theLastLineIsTheCombinedScoresMetricsAsJson() throws Exception {
        List<ScoredLogin> scored = List.of(
            new ScoredLogin(login("2019-01-01T10:00:00Z", LoginLabel.attack("x")), 2.0, true, List.of("new source"), Map.of()),
            new ScoredLogin(login("2019-01-01T11:00:00Z", LoginLabel.BENIGN), 1.5, true, List.of("odd hour"), Map.of()),
            new ScoredLogin(login("2019-01-01T12:00:00Z", LoginLabel.BENIGN), 0.1, true, List.of(), Map.of()),
            new ScoredLogin(login("2019-01-01T13:00:00Z", LoginLabel.attack("x")), 0.5, true, List.of(), Map.of())
        );
        JsonNode result = lastLine(print(scored));
        assertEquals(0.75, result.get("roc_auc").asDouble(), 1e-9);
        assertEquals(0.5, result.get("precision").asDouble(), 1e-9);
        assertEquals(0.5, result.get("recall").asDouble(), 1e-9);
        assertEquals(2, result.get("positives").asLong());
        assertEquals(2, result.get("negatives").asLong());
        assertEquals("book", result.get("format").asText());
    }

    @Test
    void withSeveralKindsItMeasuresEachKindsOwnScoreBesideTheCombinedOne() throws Exception {
        LoginEvent attack = login("2019-01-01T10:00:00Z", LoginLabel.attack("x"));
        LoginEvent benign = login("2019-01-01T11:00:00Z", LoginLabel.BENIGN);
        LoginEvent otherBenign = login("2019-01-01T12:00:00Z", LoginLabel.BENIGN);
        // The autoencoder ranks the attack last, rarity first; combined, the highest of the two, ranks it first.
        SeededRun run = new SeededRun(42, List.of(
            new ScoredLogin(attack, 3.0, true, List.of(), Map.of("autoencoder", 0.1, "rarity", 3.0)),
            new ScoredLogin(benign, 0.6, true, List.of(), Map.of("autoencoder", 0.6, "rarity", 0.2)),
            new ScoredLogin(otherBenign, 0.5, true, List.of(), Map.of("autoencoder", 0.5, "rarity", 0.3))));
        String output = printRuns(List.of(run));
        JsonNode result = lastLine(output);
        assertEquals(1.0, result.get("roc_auc").asDouble(), output);
        assertEquals(0.0, result.at("/kinds/autoencoder/event/roc_auc").asDouble(), output);
        assertEquals(1.0, result.at("/kinds/rarity/event/roc_auc").asDouble(), output);
        assertEquals(1.0, result.at("/kinds/rarity/event/precision").asDouble(), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("rarity ") && line.contains("event")), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("combined ")), output);
    }

    @Test
    void withSeveralSeedsItPrintsEachSeedThenTheMeanAndSpreadOfEachMetric() throws Exception {
        LoginEvent attack = login("2019-01-01T10:00:00Z", LoginLabel.attack("x"));
        LoginEvent benign = login("2019-01-01T11:00:00Z", LoginLabel.BENIGN);
        LoginEvent otherBenign = login("2019-01-01T12:00:00Z", LoginLabel.BENIGN);
        LoginEvent otherAttack = login("2019-01-01T13:00:00Z", LoginLabel.attack("x"));
        // Seed 7 flags one attack and one benign login (precision 0.5, ROC AUC 0.75); seed 8 both attacks only (1.0, 1.0).
        SeededRun seven = new SeededRun(7, List.of(new ScoredLogin(attack, 2.0, true, List.of(), Map.of()), new ScoredLogin(benign, 1.5, true, List.of(), Map.of()),
            new ScoredLogin(otherBenign, 0.1, true, List.of(), Map.of()), new ScoredLogin(otherAttack, 0.5, true, List.of(), Map.of())));
        SeededRun eight = new SeededRun(8, List.of(new ScoredLogin(attack, 2.0, true, List.of(), Map.of()), new ScoredLogin(benign, 0.2, true, List.of(), Map.of()),
            new ScoredLogin(otherBenign, 0.1, true, List.of(), Map.of()), new ScoredLogin(otherAttack, 1.2, true, List.of(), Map.of())));
        String output = printRuns(List.of(seven, eight));
        JsonNode result = lastLine(output);
        assertEquals(7, result.at("/per_seed/0/seed").asLong());
        assertEquals(0.5, result.at("/per_seed/0/precision").asDouble());
        assertEquals(8, result.at("/per_seed/1/seed").asLong());
        assertEquals(1.0, result.at("/per_seed/1/precision").asDouble());
        assertEquals(0.75, result.at("/mean/precision").asDouble());
        assertEquals(0.875, result.at("/mean/roc_auc").asDouble());
        assertEquals(0.5, result.at("/min/precision").asDouble());
        assertEquals(1.0, result.at("/max/precision").asDouble());
        assertEquals(0.3536, result.at("/std/precision").asDouble());
        assertEquals(0.75, result.at("/mean/minute/precision").asDouble(), "each login is a minute of its own");
        assertFalse(result.has("precision"), "with several seeds the figures are per seed and across them");
        assertTrue(output.contains("seed 7:\n") && output.contains("seed 8:\n"), output);
        assertTrue(output.lines().anyMatch(line -> line.matches("combined +event +all +std +0\\.1768 +0\\.1179 +0\\.3536 +0\\.3536 +0\\.3536 +0\\.3536")), output);
    }

    @Test
    void withoutLabelsItPrintsTheDistributionAndTheMostSuspicious() throws Exception {
        List<ScoredLogin> scored = List.of(
            new ScoredLogin(login("2019-01-01T10:00:00Z", null), 4.0, true, List.of("first login from this source for this user"), Map.of()),
            new ScoredLogin(login("2019-01-01T11:00:00Z", null), 0.3, true, List.of(), Map.of())
        );
        String output = print(scored);
        JsonNode result = lastLine(output);
        assertFalse(result.get("labelled").asBoolean());
        assertEquals(1, result.get("suspicious").asLong());
        assertEquals(4.0, result.get("max").asDouble());
        assertTrue(output.contains("first login from this source for this user"), output);
    }

    @Test
    void offlineModeRanksInjectedAttacksAboveNormalLogins() throws Exception {
        loadEngine();
        EvaluationSplit split = demoSplit(60, 14);
        List<ScoredLogin> scored = new OfflineScoring(Device.cpu(), AUTOENCODER).score(split.train(), split.test(), List.of(42L), new Phases()).getFirst().scored();
        assertEquals(split.test().size(), scored.size());
        JsonNode result = lastLine(print(scored));
        // The node-mode integration test asserts the same bound through the product path.
        assertTrue(result.get("roc_auc").asDouble() >= 0.9, result.toString());
    }

    @Test
    void offlineModeScoresAlikeWithTheSameSeedAndOtherwiseWithAnother() throws Exception {
        loadEngine();
        EvaluationSplit split = demoSplit(20, 7);
        // Fewer rows than the training logins, so that the sample is drawn too.
        OfflineScoring scoring = new OfflineScoring(Device.cpu(), AUTOENCODER, split.train().size() / 4);
        List<SeededRun> runs = scoring.score(split.train(), split.test(), List.of(1L, 2L), new Phases());
        SeededRun again = new OfflineScoring(Device.cpu(), AUTOENCODER, split.train().size() / 4).score(split.train(), split.test(), List.of(1L), new Phases()).getFirst();
        assertEquals(List.of(1L, 2L, 1L), List.of(runs.get(0).seed(), runs.get(1).seed(), again.seed()));
        assertArrayEquals(scores(runs.get(0)), scores(again));
        assertFalse(Arrays.equals(scores(runs.get(0)), scores(runs.get(1))));
    }

    private static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), EvaluationTest.class.getClassLoader()).load();
    }

    private static EvaluationSplit demoSplit(int users, int days) {
        List<LoginEvent> events = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(users).withPeriod(DemoLoginConfig.DEFAULT_START, days)).stream().toList();
        return EvaluationSplit.at(events, EvaluationSplit.defaultSplit(events));
    }

    private static double[] scores(SeededRun run) {
        return run.scored().stream().mapToDouble(ScoredLogin::score).toArray();
    }

    private static String print(List<ScoredLogin> scored) {
        return printRuns(List.of(new SeededRun(42, scored)));
    }

    private static String printRuns(List<SeededRun> runs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EvaluationReport(Map.of("format", "book"), new Phases()).print(runs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode lastLine(String output) throws Exception {
        String[] lines = output.strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }
}

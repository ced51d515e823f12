package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.cli.UebaCli;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval} end to end on the real node: a labelled NDJSON file of demo logins with injected attacks is split
 * before the first attack's day, trained on through a job, scored at ingest, and joined with its labels.
 */
class TrainingEvaluationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEvaluationCommandMeasuresTheProductOnLabelledLogins(@TempDir Path dir) throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(15, ChronoUnit.DAYS);
        Path events = dir.resolve("logins.ndjson");
        List<String> lines = new ArrayList<>();
        for (LoginEvent login : new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(60).withPeriod(start, 14)).stream().toList()) {
            lines.add(JSON.writeValueAsString(EcsLoginDocument.toDocument(login)));
        }
        Files.write(events, lines, StandardCharsets.UTF_8);

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = UebaCli.run("eval", "--url", System.getProperty("ueba.integ.url"), "--format", "ecs", "--events", events.toString(),
                "--models", "autoencoder,rarity");
        } finally {
            System.setOut(stdout);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertEquals(UebaCli.OK, status, output);
        String[] printed = output.strip().split("\n");
        JsonNode result = JSON.readTree(printed[printed.length - 1]);

        assertEquals("node", result.get("mode").asText());
        assertEquals(0, result.get("unscored").asLong(), output);
        assertTrue(result.get("positives").asLong() > 0 && result.get("negatives").asLong() > result.get("positives").asLong(), output);
        // Injected takeovers, sprays and lateral movement come from sources and at hours the users never had: the
        // autoencoder ranks them far above normal logins (0.995 on the full demo; ml-core's detection test asserts 0.9 per attack kind).
        assertTrue(result.at("/kinds/autoencoder/event/roc_auc").asDouble() >= 0.9, output);
        assertTrue(result.get("roc_auc").asDouble() >= 0.9, "combined with rarity, still " + output);
        assertTrue(result.at("/kinds/rarity/event/roc_auc").asDouble() > 0.5, "each kind's own score read back from the node: " + output);
        assertTrue(result.get("recall").asDouble() >= 0.5, output);
        assertTrue(result.at("/minute/positives").asLong() > 0, output);
        assertTrue(output.lines().anyMatch(line -> line.matches("combined +event +all .*")), output);
        assertTrue(output.lines().anyMatch(line -> line.matches("rarity +event +all .*")), output);
        assertTrue(result.at("/seconds/load_and_score_test").asDouble() > 0, output);
    }
}

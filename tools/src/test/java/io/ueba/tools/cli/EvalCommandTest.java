package io.ueba.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    @Test
    void seedsAreDistinctWholeNumbersSeparatedByCommas() {
        assertEquals(List.of(42L, 7L, 123L), EvalCommand.seeds("42,7, 123"));
        assertEquals(List.of(-1L), EvalCommand.seeds("-1"));
        IllegalArgumentException notNumbers = assertThrows(IllegalArgumentException.class, () -> EvalCommand.seeds("42;7"));
        assertTrue(notNumbers.getMessage().startsWith("[--seeds] must be whole numbers separated by commas"), notNumbers.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvalCommand.seeds("42,"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> EvalCommand.seeds("42,7,42"));
        assertTrue(twice.getMessage().startsWith("[--seeds] names a seed twice"), twice.getMessage());
    }

    @Test
    void modelSettingsAreAnObjectOfSettingsByKind() {
        assertEquals(Map.of("rgcn", Map.of("embedding_dim", 64), "rarity", Map.of("user_fields", List.of("ssh.client"))),
            EvalCommand.modelSettings("{\"rgcn\": {\"embedding_dim\": 64}, \"rarity\": {\"user_fields\": [\"ssh.client\"]}}"));
        assertEquals(Map.of(), EvalCommand.modelSettings("{}"));
        for (String wrong : List.of("{rgcn", "[]", "{\"rgcn\": 64}")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EvalCommand.modelSettings(wrong));
            assertTrue(refused.getMessage().startsWith("[--model-settings"), refused.getMessage());
        }
    }

    @Test
    void logsWithALabelItCannotReadAreRefusedBeforeAnyScoring(@TempDir Path dir) throws Exception {
        Path events = dir.resolve("logins.ndjson");
        Files.writeString(events, "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"bob\"}, \"label\": \"attack\"}\n");
        CommandLine args = new CommandLine(List.of("--format", "ecs", "--events", events.toString(), "--url", "http://127.0.0.1:1"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> EvalCommand.run(args, new PrintStream(new ByteArrayOutputStream())));
        assertTrue(refused.getMessage().startsWith("[--events] " + events + ": line 1 cannot be read: [label] must be 0, 1, true or false"),
            refused.getMessage());
    }
}

package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginFormatTest {

    private static final LoginFormat.Options NO_LABELS = new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of());

    @Test
    void readingEveryLoginLeavesOutLinesThatAreNoLogins() throws Exception {
        String log = "datetime,source_ip,username,success,failure_reason\n2019-01-01 00:00:01,10.0.0.1,alice,True,\n\n";
        assertEquals(1, LoginFormat.BOOK_CH11.readAll(new StringReader(log), NO_LABELS).size());
    }

    @Test
    void readingEveryLoginRefusesALineThatCannotBeRead() {
        String log = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}}\n"
            + "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"bob\"}, \"label\": \"yes\"}\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LoginFormat.ECS_NDJSON.readAll(new StringReader(log), NO_LABELS));
        assertEquals("line 2 cannot be read: [label] must be 0, 1, true or false, got [yes]: a label is [label] as 0, 1, true or false, or an object"
            + " with [label.attack] as one of those and an optional [label.scenario]", refused.getMessage());
    }
}

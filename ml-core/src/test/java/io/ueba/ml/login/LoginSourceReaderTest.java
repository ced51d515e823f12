package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginSourceReaderTest {

    private static final long NOW = Instant.parse("2026-11-29T12:00:00Z").toEpochMilli();
    private final LoginSourceReader ecs = new LoginSourceReader(LoginFields.ECS, Duration.ofDays(1), () -> NOW);

    @Test
    void takesTheDestinationFromHostNameWhenTheLoginNamesNoOther() {
        LoginEvent event = ecs.read(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user", Map.of("name", "alice"),
            "host", Map.of("name", "SRV-DB-02"))).event();
        assertEquals("SRV-DB-02", event.destinationHost());
    }

    @Test
    void readsTheOutcomeInTheWordsLogsUse() {
        for (Object outcome : List.of("success", "succeeded", "true", "SUCCESS", true)) {
            assertEquals(LoginOutcome.SUCCESS, ecs.read(login(Map.of("outcome", outcome))).event().outcome(), String.valueOf(outcome));
        }
        for (Object outcome : List.of("failure", "failed", "false", false)) {
            assertEquals(LoginOutcome.FAILURE, ecs.read(login(Map.of("outcome", outcome))).event().outcome(), String.valueOf(outcome));
        }
        LoginSourceReader.Reading odd = ecs.read(login(Map.of("outcome", "maybe")));
        assertEquals(LoginOutcome.UNKNOWN, odd.event().outcome());
        assertEquals(1, odd.warnings().size());
    }

    @Test
    void readsAnEpochMillisTimestamp() {
        Instant at = Instant.parse("2026-11-23T06:00:00Z");
        LoginEvent event = ecs.read(Map.of("@timestamp", at.toEpochMilli(), "user", Map.of("name", "alice"))).event();
        assertEquals(at, event.timestamp());
    }

    @Test
    void readsTheFieldsItIsToldOf() {
        LoginFields custom = new LoginFields("time", "who", "from.ip", "from.host", List.of("to"), "to_ip", "result", "pkg", "kind", "from.geo");
        LoginEvent event = new LoginSourceReader(custom, Duration.ofDays(1), () -> NOW).read(Map.of(
            "time", "2026-11-23T06:00:00Z", "who", "bob", "from", Map.of("ip", "10.0.0.5", "host", "WS-7", "geo", Map.of("country_iso_code", "DE")),
            "to", "SRV-1", "result", "success", "pkg", "Kerberos", "kind", "Network")).event();
        assertEquals(new LoginEvent(Instant.parse("2026-11-23T06:00:00Z"), "bob", null, "10.0.0.5", "WS-7", "DE", "SRV-1", null,
            LoginOutcome.SUCCESS, "Kerberos", "Network", null, null), event);
    }

    @Test
    void aMissingUserFailsTheReadingAsMissing() {
        LoginSourceReader.Reading reading = ecs.read(Map.of("@timestamp", "2026-11-23T06:00:00Z"));
        assertNull(reading.event());
        assertTrue(reading.failure().missing());
        assertTrue(reading.failure().getMessage().contains("[user.name]"));
    }

    @Test
    void aScalarWhereAnObjectBelongsIsMisplacedAndTheUserMissing() {
        LoginSourceReader.Reading reading = ecs.read(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user", "bob"));
        assertEquals(List.of(new LoginSourceReader.Misplaced("user", "bob")), reading.misplaced());
        assertTrue(reading.failure().missing());
    }

    @Test
    void anObjectWhereANameBelongsIsMisplacedAndLeftOut() {
        LoginSourceReader.Reading reading = ecs.read(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user", Map.of("name", "alice"),
            "source", Map.of("address", Map.of("x", 1))));
        assertEquals(List.of(new LoginSourceReader.Misplaced("source.address", Map.of("x", 1))), reading.misplaced());
        assertNull(reading.event().sourceHost());
        assertFalse(reading.warnings().isEmpty());
    }

    @Test
    void aTimestampTooFarAheadIsMalformed() {
        LoginSourceReader.Reading reading = ecs.read(Map.of("@timestamp", "2026-12-05T00:00:00Z", "user", Map.of("name", "alice")));
        assertFalse(reading.failure().missing());
        assertTrue(reading.failure().getMessage().contains("in the future"), reading.failure().getMessage());
    }

    private static Map<String, Object> login(Map<String, Object> event) {
        return Map.of("@timestamp", "2026-11-23T06:00:00Z", "user", Map.of("name", "alice"), "event", event);
    }
}

package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginTimestampsTest {

    @Test
    void readsTheFormsTheLoginMappingTakes() {
        Instant at = Instant.parse("2026-11-23T06:00:00Z");
        assertEquals(at, LoginTimestamps.read("2026-11-23T06:00:00Z"));
        assertEquals(at, LoginTimestamps.read("2026-11-23T08:00:00+02:00"));
        assertEquals(at, LoginTimestamps.read("2026-11-23T08:00:00+0200"));
        assertEquals(at, LoginTimestamps.read("2026-11-23T06:00:00"));
        assertEquals(at, LoginTimestamps.read("2026-11-23T06:00Z"));
        assertEquals(at, LoginTimestamps.read("2026-11-23T06"));
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), LoginTimestamps.read("2026-11-23"));
        assertEquals(Instant.parse("2026-11-23T06:00:00.123456789Z"), LoginTimestamps.read("2026-11-23T06:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-11-23T06:00:00.5Z"), LoginTimestamps.read("2026-11-23T06:00:00.5+00:00"));
    }

    @Test
    void readsMillisecondsSinceTheEpochAsNumberOrDigits() {
        Instant at = Instant.parse("2026-11-23T06:00:00.250Z");
        assertEquals(at, LoginTimestamps.read(at.toEpochMilli()));
        assertEquals(at, LoginTimestamps.read(Long.toString(at.toEpochMilli())));
        assertEquals(Instant.ofEpochMilli(86_400_000), LoginTimestamps.read(86_400_000));
    }

    @Test
    void readsADateTimeObjectAPipelineSet() {
        ZonedDateTime local = ZonedDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), LoginTimestamps.read(local));
    }

    @Test
    void refusesWhatIsNoDate() {
        for (Object value : List.of("yesterday", "2026-13-01T00:00:00Z", "2026-02-30", "2026-11-23T25:00:00Z", "", "12:00", 1.5,
            Map.of("a", 1), "2".repeat(LoginTimestamps.MAX_LENGTH + 1))) {
            assertThrows(IllegalArgumentException.class, () -> LoginTimestamps.read(value), String.valueOf(value));
        }
    }
}

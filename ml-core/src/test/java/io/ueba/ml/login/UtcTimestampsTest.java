package io.ueba.ml.login;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UtcTimestampsTest {

    @Test
    void readsWhatInstantToStringWritesWithEveryFractionLength() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            // 1900 to 2100, across leap years and month ends
            long seconds = -2_208_988_800L + (long) (random.nextDouble() * 6_311_433_600L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant, UtcTimestamps.parseOrNull(instant.toString()), instant.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-10-01T00:16:10.5Z", "2026-10-01T00:16:10.58Z", "2026-10-01T00:16:10.123456789Z", "2024-02-29T23:59:59Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z" })
    void agreesWithInstantParse(String text) {
        assertEquals(Instant.parse(text), UtcTimestamps.parseOrNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2026-10-01", "2026-10-01T00:16:10", "2026-10-01T00:16:10.Z", "2026-10-01T00:16:10.1234567890Z",
        "2026-10-01T00:16:10+01:00", "2026-10-01T00:16:10.589+00:00", "2026-10-01 00:16:10Z", "2026/10/01T00:16:10Z", "2026-1O-01T00:16:10Z",
        "2026-13-01T00:16:10Z", "2026-00-01T00:16:10Z", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-10-00T00:00:00Z",
        "2026-10-01T24:00:00Z", "2026-10-01T00:60:00Z", "2026-10-01T00:00:60Z", "2026-10-01T00:00:00,5Z", "2026-10-01T00:00:00.5-Z",
        "+2026-10-01T00:00:00Z", "-026-10-01T00:00:00Z", "2026-10-01T00:00:00z", "1795449371181" })
    void leavesEveryOtherTextToTheGeneralParser(String text) {
        assertNull(UtcTimestamps.parseOrNull(text));
    }

    @Test
    void neverDisagreesWithInstantParseOnAMangledTimestamp() {
        Random random = new Random(11);
        String alphabet = "0123456789-:.TZ+ x";
        String valid = "2024-02-29T23:59:59.123Z";
        for (int i = 0; i < 20_000; i++) {
            char[] text = valid.toCharArray();
            text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            String mangled = new String(text);
            Instant ours = UtcTimestamps.parseOrNull(mangled);
            if (ours != null) {
                assertEquals(Instant.parse(mangled), ours, mangled);
            } else {
                assertNotReadByInstantParseOrNotOurForm(mangled);
            }
        }
    }

    /** What we leave to the general parser must be something only it reads, or nothing reads: a leap second, a lower-case form. */
    private static void assertNotReadByInstantParseOrNotOurForm(String text) {
        try {
            Instant.parse(text);
        } catch (DateTimeParseException e) {
            return;
        }
        assertEquals("60", text.substring(17, 19), "Instant.parse reads [" + text + "], which we left to the general parser");
    }
}

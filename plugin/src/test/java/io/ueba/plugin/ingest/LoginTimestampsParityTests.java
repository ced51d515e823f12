package io.ueba.plugin.ingest;

import io.ueba.ml.login.LoginTimestamps;
import org.opensearch.common.time.DateFormatter;
import org.opensearch.common.time.DateFormatters;
import org.opensearch.test.OpenSearchTestCase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A login's time is read as the index mapping's date field reads it, so what ingest featurizes is what gets indexed. */
public class LoginTimestampsParityTests extends OpenSearchTestCase {

    private static final DateFormatter MAPPING = DateFormatter.forPattern("strict_date_optional_time||epoch_millis");

    public void testAgreesWithTheMappingsDateFormat() {
        List<String> texts = List.of("2026-11-23T06:00:00Z", "2026-11-23T06:00:00.589Z", "2026-11-23T08:00:00+02:00", "2026-11-23T08:00:00+0200",
            "2026-11-23T06:00:00", "2026-11-23T06:00", "2026-11-23T06", "2026-11-23", "2026-11-23T06:00:00.123456789Z", "1795420800000",
            "0", "2026-11-23T06:00:00.5-05:30", "2024-02-29T12:00:00Z");
        for (String text : texts) {
            assertEquals(text, mappingReads(text), LoginTimestamps.read(text));
        }
    }

    public void testRefusesWhatTheMappingRefuses() {
        for (String text : List.of("2026-13-01", "2026-02-30T00:00:00Z", "2026-11-23 06:00:00", "yesterday", "2026-11-23T06:00:00+25:00")) {
            assertFalse(text + " is read by the mapping", readsAsMapping(text));
            expectThrows(IllegalArgumentException.class, () -> LoginTimestamps.read(text));
        }
    }

    private static boolean readsAsMapping(String text) {
        try {
            mappingReads(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Instant mappingReads(String text) {
        return DateFormatters.from(MAPPING.parse(text), Locale.ROOT).toInstant();
    }
}

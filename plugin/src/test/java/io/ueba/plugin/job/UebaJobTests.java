package io.ueba.plugin.job;

import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.jobscheduler.spi.schedule.IntervalSchedule;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

public class UebaJobTests extends OpenSearchTestCase {

    public void testParsesWhatItWrites() throws IOException {
        Instant now = Instant.ofEpochMilli(1_700_000_000_000L);
        UebaJob job = new UebaJob("nightly", true, new IntervalSchedule(now, 1, ChronoUnit.DAYS), now, now, 600L);
        String json = BytesReference.bytes(job.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS)).utf8ToString();
        assertEquals(job, parse(json));
    }

    public void testParsesAJobDocumentAsAUserWritesIt() throws IOException {
        UebaJob job = parse("""
            {"name": "hourly", "enabled": true, "last_update_time": 1700000000000, "future_field": {"x": 1},
             "schedule": {"interval": {"start_time": 1700000000000, "period": 1, "unit": "Hours"}}}""");
        assertEquals("hourly", job.getName());
        assertTrue(job.isEnabled());
        assertEquals(new IntervalSchedule(Instant.ofEpochMilli(1_700_000_000_000L), 1, ChronoUnit.HOURS), job.getSchedule());
        assertNull(job.getLockDurationSeconds());
    }

    public void testMissingScheduleIsRejectedNamingIt() {
        IllegalArgumentException e = expectThrows(
            IllegalArgumentException.class,
            () -> parse("{\"name\": \"x\", \"enabled\": true, \"last_update_time\": 1}")
        );
        assertTrue(e.getMessage(), e.getMessage().contains("[schedule] is required"));
    }

    private static UebaJob parse(String json) throws IOException {
        try (
            XContentParser parser = JsonXContent.jsonXContent.createParser(
                NamedXContentRegistry.EMPTY,
                DeprecationHandler.THROW_UNSUPPORTED_OPERATION,
                json
            )
        ) {
            return UebaJob.parse(parser);
        }
    }
}

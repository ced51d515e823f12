package io.ueba.action;

import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;

public class JobConfigTests extends OpenSearchTestCase {

    public void testAnEmptyBodyIsTheDefaults() throws IOException {
        assertEquals(JobConfig.DEFAULTS, parse("{}"));
    }

    public void testReadsAnIntervalJob() throws IOException {
        JobConfig config = parse("""
            {"indices": "logins-vpn-*", "window": "14d", "enabled": false, "schedule": {"interval": {"period": 6, "unit": "hours"}}}""");
        assertEquals(new JobConfig("logins-vpn-*", TimeValue.timeValueDays(14), 6, "Hours", null, null, false), config);
    }

    public void testReadsACronJobInUtcUnlessToldOtherwise() throws IOException {
        assertEquals("UTC", parse("{\"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\"}}}").cronTimezone());
        JobConfig config = parse("{\"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\", \"timezone\": \"Europe/Paris\"}}}");
        assertEquals("0 3 * * *", config.cronExpression());
        assertEquals("Europe/Paris", config.cronTimezone());
        assertNull(config.intervalUnit());
    }

    public void testRefusalsNameTheField() {
        assertRefused("{\"colour\": \"red\"}", "[colour]");
        assertRefused("{\"window\": \"a while\"}", "[window]");
        assertRefused("{\"window\": \"0d\"}", "[window]");
        assertRefused("{\"indices\": \" \"}", "[indices]");
        assertRefused("{\"indices\": 7}", "[indices]");
        assertRefused("{\"schedule\": {\"interval\": {\"period\": 0, \"unit\": \"Days\"}}}", "[schedule.interval.period]");
        assertRefused("{\"schedule\": {\"interval\": {\"period\": 1, \"unit\": \"Weeks\"}}}", "[schedule.interval.unit]");
        assertRefused("{\"schedule\": {\"every\": {}}}", "[schedule.every]");
        assertRefused("{\"schedule\": {\"cron\": {\"expression\": \"\"}}}", "[schedule.cron.expression]");
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (JobConfig original : new JobConfig[] { JobConfig.DEFAULTS, parse("{\"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\"}}}") }) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                assertEquals(original, new JobConfig(in));
            }
        }
    }

    private static void assertRefused(String json, String field) {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> parse(json));
        assertTrue(json + " -> " + e.getMessage(), e.getMessage().contains(field));
    }

    private static JobConfig parse(String json) throws IOException {
        try (XContentParser parser = JsonXContent.jsonXContent.createParser(NamedXContentRegistry.EMPTY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, json)) {
            return JobConfig.parse(parser);
        }
    }
}

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

public class JobUpdateTests extends OpenSearchTestCase {

    private static final ModelSettings WIDE_MODEL = new ModelSettings(ModelSettings.AUTOENCODER, 64, 8, 4, 2, 128, 0.01, 7,
        ModelSettings.QUANTILE, 0.995, 3, true, 1000, 20_000);
    private static final JobConfig CRON_JOB = new JobConfig("logins-vpn", "event.created", TimeValue.timeValueDays(14), WIDE_MODEL, 0, null,
        "0 3 * * *", "Europe/Paris", false);

    public void testAFieldLeftOutKeepsItsStoredValue() throws IOException {
        JobConfig updated = update("{\"window\": \"7d\"}").applyTo(CRON_JOB);
        assertEquals(new JobConfig("logins-vpn", "event.created", TimeValue.timeValueDays(7), WIDE_MODEL, 0, null, "0 3 * * *", "Europe/Paris", false),
            updated);
    }

    public void testTheModelIsMergedFieldByField() throws IOException {
        ModelSettings model = update("{\"model\": {\"bottleneck\": 16, \"threshold_method\": \"mean_std\"}}").applyTo(CRON_JOB).model();
        assertEquals(16, model.bottleneck());
        assertEquals(ModelSettings.MEAN_STD, model.thresholdMethod());
        assertEquals(64, model.hidden());
        assertEquals(4, model.epochs());
        assertEquals(0.01, model.learningRate(), 0);
        assertEquals(7, model.seed());
        assertEquals(1000, model.replayRows());
    }

    public void testTheScheduleIsReplacedWhole() throws IOException {
        JobConfig interval = update("{\"schedule\": {\"interval\": {\"period\": 6, \"unit\": \"Hours\"}}}").applyTo(CRON_JOB);
        assertNull(interval.cronExpression());
        assertEquals(6, interval.intervalPeriod());
        assertEquals("Hours", interval.intervalUnit());

        JobConfig cron = update("{\"schedule\": {\"cron\": {\"expression\": \"0 5 * * *\"}}}").applyTo(JobConfig.DEFAULTS);
        assertEquals("0 5 * * *", cron.cronExpression());
        assertEquals("UTC", cron.cronTimezone());
        assertNull(cron.intervalUnit());
    }

    public void testAWrongChangeIsRefusedNamingTheFieldAsPutWould() {
        assertRefused("{\"model\": {\"bottleneck\": 128}}", "[model.bottleneck]");
        assertRefused("{\"model\": {\"dropout\": 0.1}}", "[model.dropout]");
        assertRefused("{\"model\": 3}", "[model]");
        assertRefused("{\"colour\": \"red\"}", "[colour]");
        assertRefused("{\"window\": null}", "[window]");
        assertRefused("{\"schedule\": {\"interval\": {\"unit\": \"Weeks\"}}}", "[schedule.interval.unit]");
    }

    public void testSurvivesTheTransportWire() throws IOException {
        JobUpdate original = update("{\"window\": \"7d\", \"enabled\": true, \"model\": {\"hidden\": 48, \"learning_rate\": 0.002}}");
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            JobUpdate read = new JobUpdate(in);
            assertEquals(original, read);
            assertEquals(original.applyTo(CRON_JOB), read.applyTo(CRON_JOB));
        }
    }

    private static void assertRefused(String json, String field) {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> update(json).applyTo(CRON_JOB));
        assertTrue(json + " -> " + e.getMessage(), e.getMessage().contains(field));
    }

    private static JobUpdate update(String json) throws IOException {
        try (XContentParser parser = JsonXContent.jsonXContent.createParser(NamedXContentRegistry.EMPTY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, json)) {
            return new JobUpdate(parser.mapOrdered());
        }
    }
}

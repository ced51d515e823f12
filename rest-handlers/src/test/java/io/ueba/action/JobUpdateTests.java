package io.ueba.action;

import io.ueba.ml.autoencoder.AutoencoderSettings;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.List;

public class JobUpdateTests extends OpenSearchTestCase {

    private static final AutoencoderSettings WIDE = new AutoencoderSettings(64, 8, 4, 2, 128, 0.01, 7, AutoencoderSettings.QUANTILE, 0.995, 3,
        true, 1000, 20_000);
    private static final JobModels WIDE_MODEL = new JobModels(List.of(WIDE));
    private static final JobConfig CRON_JOB = new JobConfig("logins-vpn", "event.created", TimeValue.timeValueDays(14), List.of(), "vpn",
        WIDE_MODEL, 0, null, "0 3 * * *", "Europe/Paris", false);

    public void testAFieldLeftOutKeepsItsStoredValue() throws IOException {
        JobConfig updated = update("{\"window\": \"7d\"}").applyTo(CRON_JOB);
        assertEquals(new JobConfig("logins-vpn", "event.created", TimeValue.timeValueDays(7), List.of(), "vpn", WIDE_MODEL, 0, null, "0 3 * * *",
            "Europe/Paris", false), updated);
    }

    public void testTheModelIsMergedFieldByField() throws IOException {
        AutoencoderSettings model = autoencoder(update("{\"model\": {\"bottleneck\": 16, \"threshold_method\": \"mean_std\"}}").applyTo(CRON_JOB));
        assertEquals(16, model.bottleneck());
        assertEquals(AutoencoderSettings.MEAN_STD, model.thresholdMethod());
        assertEquals(64, model.hidden());
        assertEquals(4, model.epochs());
        assertEquals(0.01, model.learningRate(), 0);
        assertEquals(7, model.seed());
        assertEquals(1000, model.replayRows());
    }

    public void testTheModelShorthandChangesTheListedModelOfItsType() throws IOException {
        AutoencoderSettings model = autoencoder(update("{\"model\": {\"type\": \"autoencoder\", \"epochs\": 9}}").applyTo(CRON_JOB));
        assertEquals(9, model.epochs());
        assertEquals(64, model.hidden());
    }

    public void testTheModelsListIsReplacedWhole() throws IOException {
        AutoencoderSettings model = autoencoder(update("{\"models\": [{\"type\": \"autoencoder\", \"epochs\": 9}]}").applyTo(CRON_JOB));
        assertEquals(9, model.epochs());
        assertEquals(AutoencoderSettings.DEFAULTS.hidden(), model.hidden());
    }

    public void testTheAccountKindsToLeaveOutAreReplacedWholeAndKeptWhenLeftOut() throws IOException {
        JobConfig machines = update("{\"exclude_account_kinds\": [\"machine\", \"service\"]}").applyTo(CRON_JOB);
        assertEquals(List.of("machine", "service"), machines.excludeAccountKinds());
        assertEquals(List.of("machine", "service"), update("{\"window\": \"7d\"}").applyTo(machines).excludeAccountKinds());
        assertEquals(List.of("service"), update("{\"exclude_account_kinds\": [\"service\"]}").applyTo(machines).excludeAccountKinds());
        assertEquals(CRON_JOB, update("{\"exclude_account_kinds\": []}").applyTo(machines));
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
        assertRefused("{\"model\": {\"bottleneck\": 128}}", "[models[0].bottleneck]");
        assertRefused("{\"model\": {\"dropout\": 0.1}}", "[models[0].dropout]");
        assertRefused("{\"model\": {\"type\": \"forest\"}}", "[models[1].type]");
        assertRefused("{\"model\": 3}", "[models]");
        assertRefused("{\"models\": [{\"epochs\": 0}]}", "[models[0].epochs]");
        assertRefused("{\"colour\": \"red\"}", "[colour]");
        assertRefused("{\"window\": null}", "[window]");
        assertRefused("{\"exclude_account_kinds\": [\"robot\"]}", "[exclude_account_kinds]");
        assertRefused("{\"exclude_account_kinds\": \"machine\"}", "[exclude_account_kinds]");
        assertRefused("{\"schedule\": {\"interval\": {\"unit\": \"Weeks\"}}}", "[schedule.interval.unit]");
    }

    public void testSurvivesTheTransportWire() throws IOException {
        JobUpdate original = update("{\"window\": \"7d\", \"enabled\": true, \"exclude_account_kinds\": [\"machine\"],"
            + " \"model\": {\"hidden\": 48, \"learning_rate\": 0.002}}");
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            JobUpdate read = new JobUpdate(in);
            assertEquals(original, read);
            assertEquals(original.applyTo(CRON_JOB), read.applyTo(CRON_JOB));
        }
    }

    private static AutoencoderSettings autoencoder(JobConfig config) {
        return (AutoencoderSettings) config.models().kinds().getFirst();
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

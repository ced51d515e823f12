package io.ueba.action;

import io.ueba.ml.autoencoder.AutoencoderSettings;
import io.ueba.ml.threshold.ThresholdRule;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.List;

public class JobConfigTests extends OpenSearchTestCase {

    public void testAnEmptyBodyIsTheDefaults() throws IOException {
        assertEquals(JobConfig.DEFAULTS, parse("{}"));
    }

    public void testReadsAnIntervalJob() throws IOException {
        JobConfig config = parse("""
            {"indices": "logins-vpn-*", "window": "14d", "enabled": false, "schedule": {"interval": {"period": 6, "unit": "hours"}}}""");
        assertEquals(new JobConfig("logins-vpn-*", "@timestamp", TimeValue.timeValueDays(14), List.of(), "default", JobModels.DEFAULTS, 6, "Hours",
            null, null, false), config);
    }

    public void testReadsTheTimeFieldAndTheModelSettingsOverTheDefaults() throws IOException {
        JobConfig config = parse("""
            {"time_field": "event.created", "model": {"hidden": 64, "bottleneck": 4, "learning_rate": 0.01, "threshold_quantile": 0.995,
             "incremental": false, "replay_rows": 1000}}""");
        assertEquals("event.created", config.timeField());
        AutoencoderSettings model = autoencoder(config);
        assertEquals(64, model.hidden());
        assertEquals(4, model.bottleneck());
        assertEquals(0.01, model.learningRate(), 0);
        assertEquals(0.995, model.thresholdQuantile(), 0);
        assertFalse(model.incremental());
        assertEquals(1000, model.replayRows());
        assertEquals(AutoencoderSettings.DEFAULTS.epochs(), model.epochs());
        assertEquals(AutoencoderSettings.DEFAULTS.maxRows(), model.maxRows());
        assertEquals(model.updateEpochs(), model.config(true).epochs());
        assertEquals(model.epochs(), model.config(false).epochs());
        assertEquals(new ThresholdRule.Quantile(0.995), model.thresholdRule());
    }

    public void testReadsTheMeanPlusStdThreshold() throws IOException {
        AutoencoderSettings model = autoencoder(parse("{\"model\": {\"threshold_method\": \"mean_std\", \"threshold_std_k\": 2.5}}"));
        assertEquals(new ThresholdRule.MeanPlusStd(2.5), model.thresholdRule());
        assertEquals(new ThresholdRule.MeanPlusStd(3), autoencoder(parse("{\"model\": {\"threshold_method\": \"mean_std\"}}")).thresholdRule());
        assertEquals(new ThresholdRule.Quantile(0.99), AutoencoderSettings.DEFAULTS.thresholdRule());
    }

    public void testReadsTheAccountKindsToLeaveOutOfTraining() throws IOException {
        assertEquals(List.of(), JobConfig.DEFAULTS.excludeAccountKinds());
        assertEquals(List.of("machine", "service"), parse("{\"exclude_account_kinds\": [\"machine\", \"service\"]}").excludeAccountKinds());
        assertEquals(JobConfig.DEFAULTS, parse("{\"exclude_account_kinds\": []}"));
    }

    public void testTheModelShorthandIsAListOfOne() throws IOException {
        JobConfig listed = parse("{\"models\": [{\"type\": \"autoencoder\", \"hidden\": 64}]}");
        assertEquals(listed, parse("{\"model\": {\"hidden\": 64}}"));
        assertEquals(64, autoencoder(listed).hidden());
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
        assertRefused("{\"schedule\": {\"cron\": {\"when\": \"daily\"}}}", "[schedule.cron.when]");
        assertRefused("{\"schedule\": \"daily\"}", "[schedule]");
        assertRefused("{\"enabled\": \"yes\"}", "[enabled]");
        assertRefused("{\"time_field\": \"\"}", "[time_field]");
        assertRefused("{\"exclude_account_kinds\": [\"machine\", \"robot\"]}", "[exclude_account_kinds]");
        assertRefused("{\"exclude_account_kinds\": [\"Machine\"]}", "[exclude_account_kinds]");
        assertRefused("{\"exclude_account_kinds\": \"machine\"}", "[exclude_account_kinds] must be an array");
        assertRefused("{\"exclude_account_kinds\": [\"user\", 7]}", "[exclude_account_kinds[1]]");
        assertRefused("{\"model\": {\"type\": \"forest\"}}", "[model.type]");
        assertRefused("{\"model\": {\"threshold_method\": \"median\"}}", "[model.threshold_method]");
        assertRefused("{\"model\": {\"threshold_std_k\": 0}}", "[model.threshold_std_k]");
        assertRefused("{\"model\": {\"hidden\": 16, \"bottleneck\": 32}}", "[model.bottleneck]");
        assertRefused("{\"model\": {\"epochs\": 2.5}}", "[model.epochs]");
        assertRefused("{\"model\": {\"epochs\": \"ten\"}}", "[model.epochs]");
        assertRefused("{\"model\": {\"learning_rate\": 0}}", "[model.learning_rate]");
        assertRefused("{\"model\": {\"threshold_quantile\": 1}}", "[model.threshold_quantile]");
        assertRefused("{\"model\": {\"max_rows\": 5000000}}", "[model.max_rows]");
        assertRefused("{\"model\": {\"dropout\": 0.1}}", "[model.dropout]");
        assertRefused("{\"models\": []}", "[models]");
        assertRefused("{\"models\": {\"type\": \"autoencoder\"}}", "[models]");
        assertRefused("{\"models\": [{\"type\": \"autoencoder\"}, {\"epochs\": 0}]}", "[models[1].epochs]");
        assertRefused("{\"models\": [{\"type\": \"autoencoder\"}, {\"type\": \"autoencoder\"}]}", "[models[1].type]");
        assertRefused("{\"models\": [\"autoencoder\"]}", "[models[0]]");
        assertRefused("{\"model\": {}, \"models\": [{}]}", "[model]");
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (JobConfig original : new JobConfig[] { JobConfig.DEFAULTS,
            parse("{\"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\"}}, \"model\": {\"seed\": 7, \"incremental\": false, \"threshold_method\": \"mean_std\"}}"),
            parse("{\"exclude_account_kinds\": [\"machine\", \"service\"]}") }) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                assertEquals(original, new JobConfig(in));
            }
        }
    }

    public void testReadsWhatItWrites() throws IOException {
        for (JobConfig original : new JobConfig[] { JobConfig.DEFAULTS,
            parse("{\"indices\": \"logins-vpn\", \"window\": \"36h\", \"exclude_account_kinds\": [\"service\"], \"enabled\": false,"
                + " \"schedule\": {\"interval\": {\"period\": 6, \"unit\": \"Hours\"}}}"),
            parse("{\"schedule\": {\"cron\": {\"expression\": \"0 3 * * *\", \"timezone\": \"Europe/Paris\"}}, \"model\": {\"hidden\": 64, \"learning_rate\": 0.003}}") }) {
            String json = BytesReference.bytes(original.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS)).utf8ToString();
            assertEquals(json, original, parse(json));
        }
    }

    private static AutoencoderSettings autoencoder(JobConfig config) {
        return (AutoencoderSettings) config.models().kinds().getFirst();
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

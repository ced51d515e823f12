package io.ueba.plugin.job;

import io.ueba.action.JobConfig;
import io.ueba.action.JobModels;
import io.ueba.ml.autoencoder.AutoencoderSettings;
import io.ueba.plugin.training.TrainingSpec;
import org.opensearch.common.unit.TimeValue;
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
import java.util.List;

public class UebaJobTests extends OpenSearchTestCase {

    public void testAnUpdateOfAnEnabledJobKeepsItsEnabledTime() {
        Instant created = Instant.ofEpochMilli(1_700_000_000_000L);
        Instant later = created.plusSeconds(3600);
        UebaJob job = UebaJob.fromConfig("nightly", JobConfig.DEFAULTS, null, created);
        assertEquals(created, job.getEnabledTime());
        assertEquals(new IntervalSchedule(created, 1, ChronoUnit.DAYS), job.getSchedule());
        UebaJob updated = UebaJob.fromConfig("nightly", JobConfig.DEFAULTS, job, later);
        assertEquals(created, updated.getEnabledTime());
        assertEquals(later, updated.getLastUpdateTime());

        UebaJob stopped = updated.withEnabled(false, later);
        assertFalse(stopped.isEnabled());
        assertNull(stopped.getEnabledTime());
        assertEquals(later, stopped.withEnabled(true, later).getEnabledTime());
    }

    public void testAnUpdateThatLeavesTheIntervalAsItWasKeepsItsStart() {
        Instant created = Instant.ofEpochMilli(1_700_000_000_000L);
        Instant later = created.plusSeconds(5400);
        UebaJob job = UebaJob.fromConfig("hourly", hourly(1, TimeValue.timeValueDays(30)), null, created);
        UebaJob sameInterval = UebaJob.fromConfig("hourly", hourly(1, TimeValue.timeValueDays(7)), job, later);
        assertEquals(new IntervalSchedule(created, 1, ChronoUnit.HOURS), sameInterval.getSchedule());
        assertEquals(TimeValue.timeValueDays(7), sameInterval.window());
        UebaJob otherInterval = UebaJob.fromConfig("hourly", hourly(2, TimeValue.timeValueDays(7)), job, later);
        assertEquals(new IntervalSchedule(later, 2, ChronoUnit.HOURS), otherInterval.getSchedule());
    }

    public void testDescribesItselfWithTheSettingsItWasMadeFrom() {
        Instant now = Instant.ofEpochMilli(1_700_000_000_000L);
        JobModels model = new JobModels(List.of(new AutoencoderSettings(64, 16, 20, 2, 128, 0.001, 3, "mean_std", 0.999, 2.5, false, 10, 5000)));
        for (JobConfig config : new JobConfig[] { JobConfig.DEFAULTS, hourly(6, TimeValue.timeValueHours(36)),
            new JobConfig("logins-vpn", "event.created", TimeValue.timeValueDays(7), List.of("machine", "service"), "vpn", model, 0, null, "0 3 * * *",
                "Europe/Paris", false) }) {
            assertEquals(config, UebaJob.fromConfig("j", config, null, now).config());
        }
    }

    private static JobConfig hourly(int hours, TimeValue window) {
        return new JobConfig("logins-*", "@timestamp", window, List.of(), "default", JobModels.DEFAULTS, hours, "Hours", null, null, true);
    }

    public void testACronJobWithAWrongZoneOrExpressionIsRefusedNamingTheField() {
        JobConfig badZone = new JobConfig("logins-*", "@timestamp", TimeValue.timeValueDays(30), List.of(), "default", JobModels.DEFAULTS, 0, null, "0 3 * * *", "Mars/Olympus", true);
        IllegalArgumentException zone = expectThrows(IllegalArgumentException.class, () -> UebaJob.fromConfig("j", badZone, null, Instant.now()));
        assertTrue(zone.getMessage(), zone.getMessage().contains("[schedule.cron.timezone]"));
        JobConfig badCron = new JobConfig("logins-*", "@timestamp", TimeValue.timeValueDays(30), List.of(), "default", JobModels.DEFAULTS, 0, null, "every night", "UTC", true);
        IllegalArgumentException cron = expectThrows(IllegalArgumentException.class, () -> UebaJob.fromConfig("j", badCron, null, Instant.now()));
        assertTrue(cron.getMessage(), cron.getMessage().contains("[schedule.cron.expression]"));
    }

    public void testParsesWhatItWrites() throws IOException {
        Instant now = Instant.ofEpochMilli(1_700_000_000_000L);
        UebaJob job = new UebaJob("nightly", true, new IntervalSchedule(now, 1, ChronoUnit.DAYS), now, now, 600L, "logins-vpn-*", "event.created",
            TimeValue.timeValueDays(7), List.of("machine"), "vpn", new JobModels(List.of(new AutoencoderSettings(64, 16, 20, 2, 128, 0.001, 3, "mean_std", 0.999, 2.5, false, 10, 5000))));
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
        assertEquals(JobConfig.DEFAULTS.indices(), job.indices());
        assertEquals(JobConfig.DEFAULTS.window(), job.window());
        assertEquals(JobConfig.DEFAULTS.timeField(), job.timeField());
        assertEquals(List.of(), job.excludeAccountKinds());
        assertEquals(JobModels.DEFAULTS, job.models());
    }

    public void testReadsAJobStoredWithOneModelAsAListOfOne() throws IOException {
        UebaJob job = parse("""
            {"name": "old", "enabled": true, "last_update_time": 1, "model": {"type": "autoencoder", "hidden": 48},
             "schedule": {"interval": {"start_time": 1, "period": 1, "unit": "Hours"}}}""");
        assertEquals(48, ((AutoencoderSettings) job.models().kinds().getFirst()).hidden());
        assertEquals(1, job.models().kinds().size());
    }

    public void testReadsWhichLoginsToLearnFrom() throws IOException {
        UebaJob job = parse("""
            {"name": "vpn", "enabled": true, "last_update_time": 1, "indices": "logins-vpn-*", "window": "14d",
             "exclude_account_kinds": ["machine", "service"], "schedule": {"interval": {"start_time": 1, "period": 1, "unit": "Hours"}}}""");
        assertEquals("logins-vpn-*", job.indices());
        assertEquals(TimeValue.timeValueDays(14), job.window());
        assertEquals(List.of("machine", "service"), TrainingSpec.of(job).excludeAccountKinds());
    }

    public void testNonPositiveWindowIsRejectedNamingIt() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> parse("""
            {"name": "x", "enabled": true, "last_update_time": 1, "window": "-1",
             "schedule": {"interval": {"start_time": 1, "period": 1, "unit": "Hours"}}}"""));
        assertTrue(e.getMessage(), e.getMessage().contains("[window]"));
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

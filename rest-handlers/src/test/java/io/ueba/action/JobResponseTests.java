package io.ueba.action;

import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class JobResponseTests extends OpenSearchTestCase {

    private static final JobConfig CRON = new JobConfig("logins-vpn", "@timestamp", TimeValue.timeValueDays(14), List.of("machine", "service"),
        "vpn", JobModels.DEFAULTS, 0, null, "0 3 * * *", "Europe/Paris", true);
    private static final RunStatus SUCCEEDED = new RunStatus("run-7", "nightly", "ml-1", "ml-1-id", "e-1", Instant.ofEpochMilli(1000),
        Instant.ofEpochMilli(9000), "succeeded", "saving", 500L, 500L, "autoencoder", 10, 10, 0.01, 1.0, null, "run-7",
        List.of(new FailedKind("rgcn", "the rgcn model's training diverged at epoch 3 before any held-out measurement")), null, null);
    private static final JobView ENABLED = new JobView("nightly", CRON, Instant.ofEpochMilli(500), Instant.ofEpochMilli(700), SUCCEEDED);
    private static final JobView NEVER_RAN = new JobView("weekly",
        new JobConfig("logins-*", "@timestamp", TimeValue.timeValueDays(30), List.of(), "default", JobModels.DEFAULTS, 1, "Days", null, null,
            false), null, Instant.ofEpochMilli(800), null);

    public void testAJobShowsItsSettingsAsPutTakesThemItsTimesAndItsLastRun() throws IOException {
        Map<String, Object> json = json(new JobResponse(new JobResponse.Shown(ENABLED)));
        assertEquals("nightly", json.get("_id"));
        assertEquals(500L, ((Number) json.get("enabled_time")).longValue());
        assertEquals(700L, ((Number) json.get("last_update_time")).longValue());
        assertEquals("run-7", ((Map<?, ?>) json.get("last_run")).get("model_id"));
        assertEquals(List.of(Map.of("kind", "rgcn", "reason", "the rgcn model's training diverged at epoch 3 before any held-out measurement")),
            ((Map<?, ?>) json.get("last_run")).get("failed_models"));
        assertFalse(json.containsKey("result"));
        assertEquals(CRON, putBack(json.get("job")));
    }

    public void testAJobThatNeverRanAndIsOffSaysSoWithNulls() throws IOException {
        Map<String, Object> json = json(new JobResponse(new JobResponse.Shown(NEVER_RAN)));
        assertTrue(json.containsKey("last_run"));
        assertNull(json.get("last_run"));
        assertTrue(json.containsKey("enabled_time"));
        assertNull(json.get("enabled_time"));
        assertEquals(NEVER_RAN.config(), putBack(json.get("job")));
    }

    public void testAStoredJobSaysWhetherItIsNewInItsStatusAndResult() throws IOException {
        JobResponse created = new JobResponse(new JobResponse.Stored(ENABLED, true));
        assertEquals(RestStatus.CREATED, created.status());
        assertEquals("created", json(created).get("result"));
        assertEquals("nightly", json(created).get("_id"));
        JobResponse updated = new JobResponse(new JobResponse.Stored(ENABLED, false));
        assertEquals(RestStatus.OK, updated.status());
        assertEquals("updated", json(updated).get("result"));
    }

    public void testTheListHoldsEachJobAsItIsShownAlone() throws IOException {
        Map<String, Object> json = json(new JobResponse(new JobResponse.Listed(List.of(ENABLED, NEVER_RAN))));
        List<?> jobs = (List<?>) json.get("jobs");
        assertEquals(2, jobs.size());
        assertEquals(json(new JobResponse(new JobResponse.Shown(ENABLED))), jobs.get(0));
        assertEquals(json(new JobResponse(new JobResponse.Shown(NEVER_RAN))), jobs.get(1));
        assertEquals(Map.of("jobs", List.of()), json(new JobResponse(new JobResponse.Listed(List.of()))));
    }

    public void testADeletionAndAStartedRunAnswerAsBefore() throws IOException {
        JobResponse deleted = new JobResponse(new JobResponse.Deleted("nightly"));
        assertEquals(RestStatus.OK, deleted.status());
        assertEquals(Map.of("_id", "nightly", "result", "deleted"), json(deleted));
        JobResponse started = new JobResponse(new JobResponse.RunStarted("nightly", "run-8"));
        assertEquals(RestStatus.ACCEPTED, started.status());
        assertEquals(Map.of("_id", "nightly", "run_id", "run-8"), json(started));
    }

    public void testEveryKindOfAnswerSurvivesTheTransportWire() throws IOException {
        List<JobResponse.Body> bodies = List.of(new JobResponse.Shown(ENABLED), new JobResponse.Shown(NEVER_RAN),
            new JobResponse.Stored(ENABLED, true), new JobResponse.Listed(List.of(ENABLED, NEVER_RAN)), new JobResponse.Deleted("nightly"),
            new JobResponse.RunStarted("nightly", "run-8"));
        for (JobResponse.Body body : bodies) {
            JobResponse original = new JobResponse(body);
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                JobResponse copy = new JobResponse(in);
                assertEquals(body, copy.body());
                assertEquals(original.status(), copy.status());
            }
        }
    }

    /** Reads a job's settings as shown back through {@code PUT}'s parser. */
    @SuppressWarnings("unchecked")
    private static JobConfig putBack(Object shown) throws IOException {
        XContentBuilder json = JsonXContent.contentBuilder().map((Map<String, Object>) shown);
        try (XContentParser parser = JsonXContent.jsonXContent.createParser(NamedXContentRegistry.EMPTY,
            DeprecationHandler.THROW_UNSUPPORTED_OPERATION, BytesReference.bytes(json).streamInput())) {
            return JobConfig.parse(parser);
        }
    }

    private static Map<String, Object> json(JobResponse response) throws IOException {
        BytesReference json = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
    }
}

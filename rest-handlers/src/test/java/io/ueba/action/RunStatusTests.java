package io.ueba.action;

import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class RunStatusTests extends OpenSearchTestCase {

    /** A status document as the store holds it while a run trains, {@code doc_type} included. */
    private static final String TRAINING = """
        {"doc_type": "run", "run_id": "run-7", "job_id": "nightly", "node": "ml-1", "node_id": "ml-1-id", "node_ephemeral_id": "e-1",
         "started": 1800000000000, "updated": 1800000060000, "state": "running", "phase": "training", "logins_total": 17204,
         "logins_read": 17204, "kind": "autoencoder", "epoch": 14, "epochs": 75, "loss": 0.0121, "progress": 0.75, "eta_seconds": 3}""";

    /** A run that published every kind but the rgcn, whose training failed. */
    private static final String SUCCEEDED_WITHOUT_RGCN = """
        {"doc_type": "run", "run_id": "run-8", "job_id": "nightly", "started": 1800000000000, "updated": 1800000090000,
         "state": "succeeded", "phase": "saving", "progress": 1.0, "model_id": "run-8",
         "failed_models": [{"kind": "rgcn", "reason": "the rgcn model's training diverged at epoch 3"}]}""";

    public void testReadsEveryFieldOfAStoredStatusWithItsType() {
        RunStatus run = RunStatus.of(stored(TRAINING));
        assertEquals(new RunStatus("run-7", "nightly", "ml-1", "ml-1-id", "e-1", Instant.ofEpochMilli(1800000000000L),
            Instant.ofEpochMilli(1800000060000L), "running", "training", 17204L, 17204L, "autoencoder", 14, 75, 0.0121, 0.75, 3L, null,
            List.of(), null, null), run);
        assertTrue(run.running());
    }

    public void testAStatusOfAnOlderVersionShowsWhatItHasAndNullForTheRest() {
        RunStatus run = RunStatus.of(stored("""
            {"doc_type": "run", "run_id": "run-1", "job_id": "nightly", "node": "ml-1", "started": 1, "updated": 2, "state": "succeeded",
             "phase": "saving", "progress": 1.0, "eta_seconds": null, "model_id": "run-1", "a_field_of_long_ago": {"x": 1}}"""));
        assertEquals("succeeded", run.state());
        assertEquals("run-1", run.modelId());
        assertNull(run.nodeId());
        assertNull(run.kind());
        assertNull(run.etaSeconds());
        assertEquals(List.of(), run.failedModels());
        Map<String, Object> json = json(run);
        assertFalse(json.containsKey("doc_type"));
        assertFalse(json.containsKey("a_field_of_long_ago"));
    }

    public void testTheJsonHasTheSameFieldsInEveryState() {
        RunStatus justStarted = RunStatus.of(stored("""
            {"run_id": "run-8", "job_id": "nightly", "started": 5, "state": "running"}"""));
        Map<String, Object> json = json(justStarted);
        assertEquals(json(RunStatus.of(stored(TRAINING))).keySet(), json.keySet());
        assertTrue(json.containsKey("epoch"));
        assertNull(json.get("epoch"));
        assertEquals(5L, ((Number) json.get("started")).longValue());
        assertEquals(justStarted, RunStatus.of(json));
    }

    public void testAFieldOfTheWrongTypeFailsNamingIt() {
        IllegalStateException wrong = expectThrows(IllegalStateException.class,
            () -> RunStatus.of(stored("{\"run_id\": \"run-1\", \"epoch\": \"fourteen\"}")));
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("[epoch]"));
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("whole number"));
        IllegalStateException fraction = expectThrows(IllegalStateException.class,
            () -> RunStatus.of(stored("{\"run_id\": \"run-1\", \"logins_read\": 1.5}")));
        assertTrue(fraction.getMessage(), fraction.getMessage().contains("[logins_read]"));
        IllegalStateException noId = expectThrows(IllegalStateException.class, () -> RunStatus.of(stored("{\"state\": \"running\"}")));
        assertTrue(noId.getMessage(), noId.getMessage().contains("[run_id]"));
    }

    public void testASucceededRunNamesTheKindsItLeftOutAndWhy() {
        RunStatus run = RunStatus.of(stored(SUCCEEDED_WITHOUT_RGCN));
        assertEquals(List.of(new FailedKind("rgcn", "the rgcn model's training diverged at epoch 3")), run.failedModels());
        assertEquals(List.of(Map.of("kind", "rgcn", "reason", "the rgcn model's training diverged at epoch 3")), json(run).get("failed_models"));
        assertEquals(run, RunStatus.of(json(run)));
        assertEquals(List.of(), json(RunStatus.of(stored(TRAINING))).get("failed_models"));
    }

    public void testAnInterruptedRunKeepsWhatItSaidAndSaysWhy() {
        RunStatus interrupted = RunStatus.of(stored(TRAINING)).interrupted("its node restarted");
        assertEquals(RunStatus.INTERRUPTED, interrupted.state());
        assertEquals("interrupted: its node restarted", interrupted.error());
        assertEquals(Integer.valueOf(14), interrupted.epoch());
        assertFalse(interrupted.running());
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (RunStatus run : new RunStatus[] { RunStatus.of(stored(TRAINING)), RunStatus.of(stored(SUCCEEDED_WITHOUT_RGCN)),
            RunStatus.of(stored("{\"run_id\": \"run-9\"}")) }) {
            BytesStreamOutput out = new BytesStreamOutput();
            run.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                assertEquals(run, new RunStatus(in));
            }
        }
    }

    private static Map<String, Object> stored(String json) {
        return XContentHelper.convertToMap(new BytesArray(json), false, MediaTypeRegistry.JSON).v2();
    }

    private static Map<String, Object> json(RunStatus run) {
        try {
            BytesReference json = BytesReference.bytes(run.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
            return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package io.ueba.action;

import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.List;
import java.util.Map;

public class TrainResponseTests extends OpenSearchTestCase {

    private static final TrainResponse RUN = new TrainResponse("run-1", 120, 100, 2, 7, "run-1",
        List.of(new TrainedKind("autoencoder", null, 100, 0, "quantile(0.99)", 0.07, 1400, Map.of())), 1500, null, List.of(), List.of());
    private static final TrainResponse NOTHING = new TrainResponse(null, 3, 3, 0, 1, null, List.of(), 20,
        "the window holds 3 successful logins to train on, fewer than the 500 needed: nothing was published and the models in use stay",
        List.of(), List.of());
    private static final TrainResponse WITHOUT_RGCN = new TrainResponse("run-3", 120, 100, 2, 7, "run-3",
        List.of(new TrainedKind("autoencoder", null, 100, 0, "quantile(0.99)", 0.07, 1400, Map.of())), 1900, null, List.of(),
        List.of(new FailedKind("rgcn", "the rgcn model's training diverged at epoch 3 before any held-out measurement")));

    public void testSaysWhichIndicesItRead() throws IOException {
        assertEquals(List.of("logins-a", "logins-b"), asMap(RUN.withIndices(List.of("logins-a", "logins-b"))).get("indices"));
    }

    public void testARunThatWasNotToldItsIndicesDoesNotClaimNone() throws IOException {
        assertFalse(asMap(RUN).containsKey("indices"));
    }

    public void testTheIndicesSurviveTheTransportWire() throws IOException {
        BytesStreamOutput out = new BytesStreamOutput();
        RUN.withIndices(List.of("logins-a")).writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            TrainResponse read = new TrainResponse(in);
            assertEquals(List.of("logins-a"), read.indices());
            assertEquals(asMap(RUN.withIndices(List.of("logins-a"))), asMap(read));
        }
    }

    public void testARunThatPublishedNothingSaysWhyAndCarriesNoVersion() throws IOException {
        Map<String, Object> json = asMap(NOTHING);
        assertEquals(false, json.get("published"));
        assertEquals(NOTHING.notPublishedReason(), json.get("reason"));
        assertNull(json.get("profile_version"));
        assertNull(json.get("model_version"));
        assertEquals(List.of(), json.get("models"));
        assertEquals(true, asMap(RUN).get("published"));
        assertFalse(asMap(RUN).containsKey("reason"));
    }

    public void testSaysWhatItTrainedForEachKind() throws IOException {
        Map<?, ?> autoencoder = (Map<?, ?>) ((List<?>) asMap(RUN).get("models")).getFirst();
        assertEquals("autoencoder", autoencoder.get("type"));
        assertEquals("full", autoencoder.get("mode"));
        assertEquals(100, autoencoder.get("training_rows"));
        assertEquals(Map.of("method", "quantile(0.99)", "value", 0.07), autoencoder.get("threshold"));
        TrainResponse incremental = new TrainResponse("run-2", 120, 100, 2, 7, "run-2",
            List.of(new TrainedKind("autoencoder", "run-1", 80, 30, "quantile(0.99)", 0.07, 900, Map.of())), 1000, null, List.of(), List.of());
        Map<?, ?> warm = (Map<?, ?>) ((List<?>) asMap(incremental).get("models")).getFirst();
        assertEquals("incremental", warm.get("mode"));
        assertEquals("run-1", warm.get("warm_started_from"));
        assertEquals(30, warm.get("replay_rows"));
    }

    public void testSaysWhichKindsItLeftOutOfTheVersionAndWhy() throws IOException {
        Map<String, Object> json = asMap(WITHOUT_RGCN);
        assertEquals(true, json.get("published"));
        assertEquals(List.of(Map.of("kind", "rgcn", "reason", "the rgcn model's training diverged at epoch 3 before any held-out measurement")),
            json.get("failed_models"));
        assertEquals(1, ((List<?>) json.get("models")).size());
        assertEquals(List.of(), asMap(RUN).get("failed_models"));
    }

    public void testTheKindsLeftOutSurviveTheTransportWire() throws IOException {
        BytesStreamOutput out = new BytesStreamOutput();
        WITHOUT_RGCN.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            TrainResponse read = new TrainResponse(in);
            assertEquals(WITHOUT_RGCN.failedModels(), read.failedModels());
            assertEquals(asMap(WITHOUT_RGCN), asMap(read));
            assertEquals(0, in.available());
        }
    }

    public void testWhatWasNotPublishedSurvivesTheTransportWire() throws IOException {
        BytesStreamOutput out = new BytesStreamOutput();
        NOTHING.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            assertEquals(asMap(NOTHING), asMap(new TrainResponse(in)));
        }
    }

    public void testReadsBackWhatItWritesIntoAModelVersionsMetadata() throws IOException {
        for (TrainResponse written : new TrainResponse[] { RUN, NOTHING, RUN.withIndices(List.of("logins-a")), WITHOUT_RGCN }) {
            TrainResponse read = TrainResponse.of(new StoredFields("model version", asMap(written)));
            assertEquals(asMap(written), asMap(read));
            assertEquals(written.models(), read.models());
            assertEquals(written.failedModels(), read.failedModels());
        }
    }

    public void testAVersionStoredBeforeAKindCouldFailAloneLeftNoneOut() throws IOException {
        Map<String, Object> stored = asMap(RUN);
        stored.remove("failed_models");
        assertEquals(List.of(), TrainResponse.of(new StoredFields("model version", stored)).failedModels());
    }

    private static Map<String, Object> asMap(TrainResponse response) throws IOException {
        BytesReference json = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
    }
}

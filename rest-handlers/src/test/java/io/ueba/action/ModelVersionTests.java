package io.ueba.action;

import io.ueba.ml.autoencoder.AutoencoderSettings;
import io.ueba.ml.model.ModelKinds;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class ModelVersionTests extends OpenSearchTestCase {

    static final ModelVersion INCREMENTAL = new ModelVersion("run-2", "vpn", List.of("autoencoder"), Instant.ofEpochMilli(2000), "logins-vpn",
        "event.created", Instant.ofEpochMilli(100), Instant.ofEpochMilli(2000),
        new JobModels(List.of(ModelKinds.BUILT_IN.settings("models[0]", Map.of("hidden", 64, "threshold_method", "mean_std")))),
        new TrainResponse("run-2", 120, 100, 2, 7, "run-2", List.of(
            new TrainedKind("autoencoder", "run-1", 80, 30, "mean+3.0std", 0.07, 900, Map.of()),
            new TrainedKind("rgcn", null, 80, 0, "quantile(0.99)", 4.2, 3000, Map.of("validation_roc_auc", 0.93, "graph_edges", 410.0))),
            1000, null, List.of(), List.of()),
        new ModelVersion.Storage(3, 1_200_000, "ab12"));

    public void testReadsBackTheMetadataDocumentTheStoreWritesWithIt() throws IOException {
        Map<String, Object> stored = stored(INCREMENTAL);
        assertEquals("model", stored.get("doc_type"));
        ModelVersion read = ModelVersion.of(stored);
        assertEquals(json(INCREMENTAL), json(read));
        assertEquals(INCREMENTAL.settings(), read.settings());
        assertEquals(64, ((AutoencoderSettings) read.settings().kinds().getFirst()).hidden());
        assertEquals(INCREMENTAL.training().models(), read.training().models());
        assertEquals(new ModelVersion.Storage(3, 1_200_000, "ab12"), read.storage());
        assertEquals(Instant.ofEpochMilli(100), read.windowFrom());
    }

    public void testTheJsonNamesTheFieldsAsTheStoreDoes() throws IOException {
        Map<String, Object> json = json(INCREMENTAL);
        assertEquals("vpn", json.get("model_set"));
        assertEquals(List.of("autoencoder"), json.get("kinds"));
        assertEquals(Map.of("from", 100, "to", 2000), json.get("window"));
        assertEquals(64, ((Map<?, ?>) ((List<?>) ((Map<?, ?>) json.get("settings")).get("models")).getFirst()).get("hidden"));
        Map<?, ?> trained = (Map<?, ?>) ((List<?>) ((Map<?, ?>) json.get("training")).get("models")).getFirst();
        assertEquals("incremental", trained.get("mode"));
        assertEquals(Map.of("method", "mean+3.0std", "value", 0.07), trained.get("threshold"));
        assertEquals(Map.of(), trained.get("metrics"));
        Map<?, ?> graph = (Map<?, ?>) ((List<?>) ((Map<?, ?>) json.get("training")).get("models")).get(1);
        assertEquals(Map.of("graph_edges", 410.0, "validation_roc_auc", 0.93), graph.get("metrics"));
        assertEquals(Map.of("chunks", 3, "bytes", 1_200_000, "sha256", "ab12"), json.get("storage"));
    }

    public void testAVersionStoredBeforeKindsAndSetsShowsWhatItHasAndNullForTheRest() throws IOException {
        ModelVersion old = ModelVersion.of(stored("""
            {"doc_type": "model", "model_id": "run-1", "model_type": "autoencoder", "created": 1000, "indices": "logins-*",
             "time_field": "@timestamp", "settings": {"type": "autoencoder", "hidden": 32, "epochs": 10}, "window": {"from": 0, "to": 1000},
             "feature_schema": "v1", "scorer_version": "run-1", "threshold": {"method": "quantile", "value": 0.05},
             "training": {"published": true, "profile_version": "run-1", "logins_read": 10, "logins_learned": 9, "logins_skipped": 1,
                          "users": 2, "model_version": "run-1", "mode": "full", "warm_started_from": null, "training_rows": 9,
                          "replay_rows": 0, "threshold": 0.05, "took_millis": 50},
             "storage": {"chunks": 1, "bytes": 100, "sha256": "ab"}}"""));
        assertEquals("run-1", old.modelId());
        assertNull(old.modelSet());
        assertNull(old.kinds());
        assertNull(old.settings());
        assertEquals(List.of(), old.training().models());
        Map<String, Object> json = json(old);
        assertEquals(10, ((Map<?, ?>) json.get("training")).get("logins_read"));
        assertTrue(json.containsKey("model_set"));
        assertNull(json.get("model_set"));
        assertFalse(json.containsKey("model_type"));
        assertFalse(json.containsKey("feature_schema"));
    }

    public void testAVersionWithoutSettingsOrTrainingShowsNullForThem() throws IOException {
        ModelVersion bare = ModelVersion.of(stored("""
            {"doc_type": "model", "model_id": "run-1", "model_set": "default", "kinds": ["autoencoder"], "created": 1, "indices": "logins-a",
             "time_field": "@timestamp", "window": {"from": 0, "to": 1}, "storage": {"chunks": 1, "bytes": 9, "sha256": "ab"}}"""));
        assertNull(bare.settings());
        assertNull(bare.training());
        Map<String, Object> json = json(bare);
        assertTrue(json.containsKey("training"));
        assertNull(json.get("training"));
        assertEquals(bare.modelId(), ModelVersion.of(json).modelId());
    }

    public void testSettingsOfAKindThisPluginDoesNotKnowShowAsNullAndTheRestStillShows() {
        ModelVersion newer = ModelVersion.of(stored("""
            {"model_id": "run-3", "model_set": "default", "kinds": ["autoencoder", "retired"],
             "settings": {"models": [{"type": "autoencoder"}, {"type": "retired", "depth": 3}]}}"""));
        assertNull(newer.settings());
        assertEquals(List.of("autoencoder", "retired"), newer.kinds());
    }

    public void testAFieldOfTheWrongTypeFailsNamingItsPath() {
        IllegalStateException window = expectThrows(IllegalStateException.class,
            () -> ModelVersion.of(stored("{\"model_id\": \"run-1\", \"window\": {\"from\": 0, \"to\": \"yesterday\"}}")));
        assertTrue(window.getMessage(), window.getMessage().contains("[window.to]"));
        IllegalStateException rows = expectThrows(IllegalStateException.class, () -> ModelVersion.of(stored("""
            {"model_id": "run-1", "training": {"logins_read": 1, "logins_learned": 1, "logins_skipped": 0, "users": 1, "took_millis": 1,
             "models": [{"type": "autoencoder", "training_rows": "many", "replay_rows": 0, "threshold": {"method": "quantile(0.99)", "value": 1},
                         "took_millis": 1}]}}""")));
        assertTrue(rows.getMessage(), rows.getMessage().contains("[training.models[0].training_rows]"));
        IllegalStateException missing = expectThrows(IllegalStateException.class,
            () -> ModelVersion.of(stored("{\"model_id\": \"run-1\", \"training\": {\"logins_read\": 1}}")));
        assertTrue(missing.getMessage(), missing.getMessage().contains("[training.logins_learned]"));
        IllegalStateException kinds = expectThrows(IllegalStateException.class,
            () -> ModelVersion.of(stored("{\"model_id\": \"run-1\", \"kinds\": \"autoencoder\"}")));
        assertTrue(kinds.getMessage(), kinds.getMessage().contains("[kinds]"));
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (ModelVersion original : new ModelVersion[] { INCREMENTAL, ModelVersion.of(stored("{\"model_id\": \"run-0\"}")) }) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                ModelVersion copy = new ModelVersion(in);
                assertEquals(json(original), json(copy));
                assertEquals(original.settings(), copy.settings());
            }
        }
    }

    /** The metadata document as the model store writes it. */
    private static Map<String, Object> stored(ModelVersion version) throws IOException {
        XContentBuilder document = JsonXContent.contentBuilder().startObject().field("doc_type", "model");
        version.toXContent(document, ToXContent.EMPTY_PARAMS).endObject();
        return XContentHelper.convertToMap(BytesReference.bytes(document), false, MediaTypeRegistry.JSON).v2();
    }

    private static Map<String, Object> stored(String json) {
        return XContentHelper.convertToMap(new BytesArray(json), false, MediaTypeRegistry.JSON).v2();
    }

    static Map<String, Object> json(ModelVersion version) throws IOException {
        XContentBuilder object = JsonXContent.contentBuilder().startObject();
        version.toXContent(object, ToXContent.EMPTY_PARAMS).endObject();
        return XContentHelper.convertToMap(BytesReference.bytes(object), false, MediaTypeRegistry.JSON).v2();
    }
}

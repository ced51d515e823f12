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

public class GetModelsResponseTests extends OpenSearchTestCase {

    private static final ModelVersion OLDER_IN_VPN = ModelVersion.of(Map.of("model_id", "run-1", "model_set", "vpn"));
    private static final ModelVersion FROM_BEFORE_SETS = ModelVersion.of(Map.of("model_id", "run-0"));
    private static final Map<String, String> CURRENT = Map.of("vpn", "run-2", "default", "run-9");

    public void testTheListMarksTheVersionEachSetUsesAndSaysWhichThatIs() throws IOException {
        Map<String, Object> json = json(GetModelsResponse.list(CURRENT, List.of(ModelVersionTests.INCREMENTAL, OLDER_IN_VPN, FROM_BEFORE_SETS)));
        assertEquals(CURRENT, json.get("current"));
        List<?> models = (List<?>) json.get("models");
        assertEquals(3, models.size());
        Map<String, Object> newest = ModelVersionTests.json(ModelVersionTests.INCREMENTAL);
        newest.put("current", true);
        assertEquals(newest, models.get(0));
        assertEquals(false, ((Map<?, ?>) models.get(1)).get("current"));
        assertEquals("a version stored before there were sets is in use by none", false, ((Map<?, ?>) models.get(2)).get("current"));
    }

    public void testOneVersionIsShownAloneMarkedAsInTheList() throws IOException {
        Map<String, Object> json = json(GetModelsResponse.one(CURRENT, ModelVersionTests.INCREMENTAL));
        assertEquals("run-2", json.get("model_id"));
        assertEquals(true, json.get("current"));
        assertFalse(json.containsKey("models"));
        assertEquals(false, json(GetModelsResponse.one(CURRENT, OLDER_IN_VPN)).get("current"));
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (GetModelsResponse original : new GetModelsResponse[] { GetModelsResponse.list(CURRENT, List.of(ModelVersionTests.INCREMENTAL,
            FROM_BEFORE_SETS)), GetModelsResponse.one(CURRENT, OLDER_IN_VPN), GetModelsResponse.list(Map.of(), List.of()) }) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                assertEquals(json(original), json(new GetModelsResponse(in)));
            }
        }
    }

    private static Map<String, Object> json(GetModelsResponse response) throws IOException {
        BytesReference json = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
    }
}

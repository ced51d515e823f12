package io.ueba.action;

import org.opensearch.Version;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

public class NodeModelsTests extends OpenSearchTestCase {

    private static final DiscoveryNode NODE = new DiscoveryNode("node-1", new TransportAddress(InetAddress.getLoopbackAddress(), 9300),
        Version.CURRENT);

    public void testSurvivesTheTransportWire() throws IOException {
        NodeModels original = new NodeModels(NODE, "run-1", "run-2", "run-2", "cannot use model [run-2]: model format 1 is not 2", 42L, "n:7");
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            NodeModels copy = new NodeModels(in);
            assertEquals("run-1", copy.inUse());
            assertEquals("run-2", copy.unusable());
            assertEquals(original.lastError(), copy.lastError());
        }
    }

    @SuppressWarnings("unchecked")
    public void testJsonSaysWhatTheNodeScoresWithAndWhyItCannotUseTheStoredModel() throws IOException {
        NodeModels models = new NodeModels(NODE, "run-1", "run-2", "run-2", "cannot use model [run-2]: model format 1 is not 2", 42L, "n:7");
        Map<String, Object> json = XContentHelper.convertToMap(
            BytesReference.bytes(models.toXContent(MediaTypeRegistry.JSON.contentBuilder(), ToXContent.EMPTY_PARAMS)), false,
            MediaTypeRegistry.JSON).v2();
        assertEquals("run-1", ((Map<String, Object>) json.get("scoring_with")).get("autoencoder"));
        assertEquals("run-2", json.get("store_current"));
        assertEquals("run-2", json.get("unusable_model"));
        assertEquals("cannot use model [run-2]: model format 1 is not 2", ((Map<String, Object>) json.get("last_sync_error")).get("message"));
    }

    public void testAHealthyNodeReportsNoError() throws IOException {
        NodeModels models = new NodeModels(NODE, "run-1", "run-1", null, null, null, null);
        Map<String, Object> json = XContentHelper.convertToMap(
            BytesReference.bytes(models.toXContent(MediaTypeRegistry.JSON.contentBuilder(), ToXContent.EMPTY_PARAMS)), false,
            MediaTypeRegistry.JSON).v2();
        assertFalse(json.containsKey("last_sync_error"));
        assertFalse(json.containsKey("unusable_model"));
    }
}

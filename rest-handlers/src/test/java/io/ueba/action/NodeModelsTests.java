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
import java.util.List;
import java.util.Map;

public class NodeModelsTests extends OpenSearchTestCase {

    private static final DiscoveryNode NODE = new DiscoveryNode("node-1", new TransportAddress(InetAddress.getLoopbackAddress(), 9300),
        Version.CURRENT);

    private static final SetModels TROUBLED = new SetModels("run-1", Map.of("autoencoder", "run-1"), List.of("ssh.client"), "run-2", "run-2",
        Map.of("rgcn", "this node knows no model kind [rgcn]"), "cannot use model [run-2]: model format 1 is not 2", 42L);
    private static final SetModels HEALTHY = new SetModels("run-9", Map.of("autoencoder", "run-9"), List.of(), "run-9", null, Map.of(), null, null);

    public void testSurvivesTheTransportWire() throws IOException {
        NodeModels original = new NodeModels(NODE, Map.of("default", TROUBLED, "vpn", HEALTHY), "n:7");
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            NodeModels copy = new NodeModels(in);
            assertEquals(original.sets(), copy.sets());
            assertEquals(json(original), json(copy));
        }
    }

    @SuppressWarnings("unchecked")
    public void testJsonSaysWhatEachSetScoresWithAndWhyItCannotUseTheStoredModel() throws IOException {
        Map<String, Object> sets = (Map<String, Object>) json(new NodeModels(NODE, Map.of("default", TROUBLED, "vpn", HEALTHY), "n:7"))
            .get("model_sets");
        Map<String, Object> troubled = (Map<String, Object>) sets.get("default");
        assertEquals("run-1", ((Map<String, Object>) troubled.get("scoring_with")).get("autoencoder"));
        assertEquals("run-1", ((Map<String, Object>) troubled.get("scoring_with")).get("profile"));
        assertEquals(List.of("ssh.client"), troubled.get("document_fields"));
        assertEquals("run-2", troubled.get("store_current"));
        assertEquals("run-2", troubled.get("unusable_model"));
        assertEquals(Map.of("rgcn", "this node knows no model kind [rgcn]"), troubled.get("unusable_kinds"));
        assertEquals("cannot use model [run-2]: model format 1 is not 2", ((Map<String, Object>) troubled.get("last_sync_error")).get("message"));

        Map<String, Object> healthy = (Map<String, Object>) sets.get("vpn");
        assertEquals("run-9", healthy.get("store_current"));
        assertFalse(healthy.containsKey("last_sync_error"));
        assertFalse(healthy.containsKey("unusable_model"));
        assertFalse(healthy.containsKey("unusable_kinds"));
        assertFalse(healthy.containsKey("document_fields"));
    }

    private static Map<String, Object> json(NodeModels models) throws IOException {
        return XContentHelper.convertToMap(
            BytesReference.bytes(models.toXContent(MediaTypeRegistry.JSON.contentBuilder(), ToXContent.EMPTY_PARAMS)), false,
            MediaTypeRegistry.JSON).v2();
    }
}

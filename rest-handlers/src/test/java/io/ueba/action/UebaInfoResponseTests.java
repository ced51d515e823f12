package io.ueba.action;

import io.ueba.ml.engine.EngineState;
import io.ueba.ml.engine.EngineStatus;
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

public class UebaInfoResponseTests extends OpenSearchTestCase {

    private static final EngineStatus READY = new EngineStatus(
        EngineState.READY,
        "PyTorch",
        "2.7.1",
        List.of("cpu()", "gpu(0)"),
        "/data/ueba/djl",
        "/data/ueba/djl/pytorch/2.7.1-cpu-linux-x86_64",
        true,
        1234,
        null
    );

    public void testSurvivesTheTransportWire() throws IOException {
        UebaInfoResponse original = new UebaInfoResponse("1.0", "node-1", READY, new JobSchedulerRegistration("t", ".i", true), List.of());
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            UebaInfoResponse copy = new UebaInfoResponse(in);
            assertEquals(READY, copy.engine());
            assertEquals(original.jobScheduler(), copy.jobScheduler());
            assertEquals("1.0", copy.pluginVersion());
        }
    }

    @SuppressWarnings("unchecked")
    public void testJsonNamesEngineDevicesAndNativeReuse() throws IOException {
        UebaInfoResponse response = new UebaInfoResponse("1.0", "node-1", READY, new JobSchedulerRegistration("t", ".i", true), List.of());
        Map<String, Object> json = json(response);
        Map<String, Object> engine = (Map<String, Object>) json.get("engine");
        assertEquals("ready", engine.get("state"));
        assertEquals("2.7.1", engine.get("version"));
        assertEquals(List.of("cpu()", "gpu(0)"), engine.get("devices"));
        assertEquals("reused", engine.get("natives"));
        assertFalse(engine.containsKey("error"));
        assertEquals(Boolean.TRUE, ((Map<String, Object>) json.get("job_scheduler")).get("registered"));
    }

    @SuppressWarnings("unchecked")
    public void testFailedEngineReportsItsError() throws IOException {
        EngineStatus failed = EngineStatus.failed("/c", 5, new IllegalStateException("no libtorch", new UnsatisfiedLinkError("libgomp")));
        UebaInfoResponse response = new UebaInfoResponse("1.0", "n", failed, new JobSchedulerRegistration("t", ".i", false), List.of());
        Map<String, Object> engine = (Map<String, Object>) json(response).get("engine");
        assertEquals("failed", engine.get("state"));
        assertEquals("IllegalStateException: no libtorch <- UnsatisfiedLinkError: libgomp", engine.get("error"));
    }

    private static Map<String, Object> json(ToXContent response) throws IOException {
        BytesReference bytes = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(bytes, false, MediaTypeRegistry.JSON).v2();
    }
}

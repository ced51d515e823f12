package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UebaInfoIT {

    private final NodeClient node = new NodeClient();

    @Test
    void bothPluginsAreInstalled() throws Exception {
        NodeClient.Reply reply = node.get("/_cat/plugins?format=json");
        assertEquals(200, reply.status());
        List<String> components = new ArrayList<>();
        reply.body().forEach(plugin -> components.add(plugin.get("component").asText()));
        assertTrue(components.contains("ueba"), components.toString());
        assertTrue(components.contains("opensearch-job-scheduler"), components.toString());
    }

    @Test
    void pyTorchIsLoadedInsideTheNodeOnCpu() throws Exception {
        JsonNode engine = info().get("engine");
        assertEquals("ready", engine.get("state").asText(), engine.toString());
        assertEquals("PyTorch", engine.get("name").asText());
        assertEquals("2.7.1", engine.get("version").asText());
        List<String> devices = new ArrayList<>();
        engine.get("devices").forEach(device -> devices.add(device.asText()));
        assertTrue(devices.contains("cpu()"), devices.toString());
        assertTrue(engine.get("load_millis").asLong() > 0, engine.toString());
    }

    @Test
    void nativesLiveUnderTheNodeDataPath() throws Exception {
        JsonNode engine = info().get("engine");
        Path data = Path.of(System.getProperty("ueba.integ.home"), "data").toRealPath();
        Path cacheDir = Path.of(engine.get("cache_dir").asText());
        assertTrue(cacheDir.startsWith(data), cacheDir + " is not under " + data);
        assertTrue(Path.of(engine.get("library_path").asText()).startsWith(cacheDir), engine.toString());
    }

    @Test
    void secondStartReusesTheExtractedNatives() throws Exception {
        // The build starts the node, stops it and starts it again before these tests run.
        assertEquals("reused", info().get("engine").get("natives").asText());
    }

    @Test
    void reportsThePluginVersionAndNode() throws Exception {
        JsonNode info = info();
        assertEquals("ueba", info.get("name").asText());
        assertTrue(info.get("version").asText().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), info.toString());
        assertEquals("ueba-node-1", info.get("node").asText());
    }

    private JsonNode info() throws Exception {
        NodeClient.Reply reply = node.get("/_plugins/_ueba");
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
        return reply.body();
    }
}

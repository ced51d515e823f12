package io.ueba.ml.load;

import io.ueba.ml.dataset.EcsNdjsonReader;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkLoaderTest {

    @Test
    void sendsEachNdjsonObjectAsItCame() throws Exception {
        List<String> lines = List.of(
            "{\"@timestamp\": 1795449371181, \"user\": \"bob\", \"host\": {\"name\": \"web-1\"}, \"message\": \"Accepted password\", \"observer.name\": \"fw-2\"}",
            "{\"@timestamp\":\"2026-11-23T06:00:00Z\",\"user\":{\"name\":\"alice\"},\"label\":{\"attack\":true},\"big\":1.0e400}");
        try (FakeNode node = new FakeNode()) {
            LoadReport report = new BulkLoader(node.client(), "logins-test", 10)
                .load(new EcsNdjsonReader(new StringReader(String.join("\n", lines))), () -> -1, null);
            assertEquals(2, report.indexed());
            assertEquals("{\"index\":{}}\n" + lines.get(0) + "\n{\"index\":{}}\n" + lines.get(1) + "\n", node.requests("_bulk").get(0).body());
        }
    }
}

package io.ueba.tools.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.dataset.EcsNdjsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}}";

    private static LoadReport load(FakeNode node, List<String> lines, int batchSize) {
        return new BulkLoader(node.client(), "logins-test", batchSize).load(new EcsNdjsonReader(new StringReader(String.join("\n", lines))), () -> -1, null);
    }

    /** The ids a search for the pipeline's errors is restricted to. */
    private static List<String> idsSearched(String search) {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(search).at("/query/bool/filter/0/ids/values").forEach(id -> ids.add(id.asText()));
            return ids;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sendsEachNdjsonObjectAsItCame() throws Exception {
        List<String> lines = List.of(
            "{\"@timestamp\": 1795449371181, \"user\": \"bob\", \"host\": {\"name\": \"web-1\"}, \"message\": \"Accepted password\", \"observer.name\": \"fw-2\"}",
            "{\"@timestamp\":\"2026-11-23T06:00:00Z\",\"user\":{\"name\":\"alice\"},\"label\":{\"attack\":true},\"big\":1.0e400}");
        try (FakeNode node = new FakeNode()) {
            assertEquals(2, load(node, lines, 10).indexed());
            assertEquals("{\"index\":{}}\n" + lines.get(0) + "\n{\"index\":{}}\n" + lines.get(1) + "\n", node.requests("_bulk").get(0).body());
        }
    }

    @Test
    void documentsThePipelineMarkedWithAnErrorAreCountedApartWithTheirReason() throws Exception {
        try (FakeNode node = new FakeNode()) {
            node.answer("_search", body -> body.contains("\"doc-2\"")
                ? "{\"_shards\": {\"failed\": 0}, \"hits\": {\"hits\": [{\"_id\": \"doc-2\", \"_source\": {\"ueba\": {\"error\": \"[user.name] is missing\"}}}]}}"
                : "{\"_shards\": {\"failed\": 0}, \"hits\": {\"hits\": []}}");
            LoadReport report = load(node, List.of(LOGIN, "{\"@timestamp\": \"2026-11-23T06:00:00Z\"}", "[]", LOGIN), 2);

            assertEquals(List.of(4L, 2L, 1L, 0L, 1L, 0L),
                List.of(report.lines(), report.indexed(), report.indexedWithError(), report.failed(), report.rejected(), report.skipped()));
            assertEquals(List.of("line 2 indexed with an error: [user.name] is missing", "line 3 rejected: not a JSON object: it starts with an array"),
                report.examples());
            String search = node.requests("_search").get(0).body();
            assertEquals(List.of("doc-1", "doc-2", "doc-3"), idsSearched(search).stream().sorted().toList());
            assertTrue(search.contains("\"_ignored\":\"ueba.error\""), search);
            assertEquals(1, node.requests("_refresh").size());
        }
    }

    @Test
    void checksForErrorsEveryTenThousandDocumentsSoThatALoadHoldsFewIds() throws Exception {
        try (FakeNode node = new FakeNode()) {
            LoadReport report = load(node, IntStream.range(0, 25_000).mapToObj(i -> LOGIN).toList(), 1000);
            assertEquals(25_000, report.indexed());
            assertEquals(List.of(10_000, 10_000, 5_000), node.requests("_search").stream().map(search -> idsSearched(search.body()).size()).toList());
            assertEquals(3, node.requests("_refresh").size());
        }
    }

    @Test
    void sendsThroughTheNamedPipelineAndCountsWhatItDroppedAsSkipped() throws Exception {
        try (FakeNode node = new FakeNode()) {
            node.answer("_bulk", body -> "{\"errors\": false, \"items\": [{\"index\": {\"_id\": \"doc-1\", \"result\": \"created\", \"status\": 201}},"
                + " {\"index\": {\"_id\": \"auto-generated\", \"result\": \"noop\", \"status\": 200}}]}");
            LoadReport report = new BulkLoader(node.client(), "logins-sshd", 10).withPipeline("ueba-sshd")
                .load(new EcsNdjsonReader(new StringReader(LOGIN + "\n{\"message\": \"pam_unix(sshd:session): session opened\"}")), () -> -1, null);

            assertEquals(List.of(2L, 1L, 1L), List.of(report.lines(), report.indexed(), report.skipped()));
            assertEquals("pipeline=ueba-sshd", node.requests("_bulk").get(0).query());
            assertEquals(List.of("doc-1"), idsSearched(node.requests("_search").get(0).body()), "a dropped document has no id to check for errors");
        }
    }

    @Test
    void documentsTheNodeRefusesAreFailedWithItsReason() throws Exception {
        try (FakeNode node = new FakeNode()) {
            node.answer("_bulk", body -> "{\"errors\": true, \"items\": [{\"index\": {\"_id\": \"x\", \"status\": 400, \"error\": {\"reason\": \"mapper_parsing_exception\"}}}]}");
            LoadReport report = load(node, List.of(LOGIN), 10);
            assertEquals(1, report.failed());
            assertEquals(0, report.indexed());
            assertEquals(List.of("line 1 failed: mapper_parsing_exception"), report.examples());
            assertEquals(0, node.requests("_search").size());
        }
    }
}

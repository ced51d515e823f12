package io.ueba.plugin.ingest;

import org.opensearch.ingest.IngestDocument;
import org.opensearch.test.OpenSearchTestCase;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class SourcePathTreeTests extends OpenSearchTestCase {

    private static final List<SourcePath> PATHS = List.of(
        SourcePath.of("@timestamp"),
        SourcePath.of("source.ip"),
        SourcePath.of("source.geo.location"),
        SourcePath.of("source.address"),
        SourcePath.of("user.name"),
        SourcePath.of("source.ip")
    );

    private final SourcePathTree tree = new SourcePathTree(PATHS);

    public void testFindsEveryPathInTheOrderItWasGiven() {
        Map<String, Object> source = Map.of(
            "@timestamp", "2026-11-23T06:00:00Z",
            "source", Map.of("ip", "10.0.0.5", "address", "WS-1", "geo", Map.of("location", "52.5,13.4")),
            "user", Map.of("name", "alice")
        );
        SourcePathTree.Found found = tree.read(source);
        assertEquals(
            Arrays.asList("2026-11-23T06:00:00Z", "10.0.0.5", "52.5,13.4", "WS-1", "alice", "10.0.0.5"),
            Arrays.asList(found.values())
        );
        assertEquals(List.of(), found.blocked());
    }

    public void testAgreesWithReadingEachPathAlone() {
        Map<String, Object> source = Map.of("source", Map.of("ip", 7, "geo", Map.of()), "user", Map.of("domain", "CORP"));
        SourcePathTree.Found found = tree.read(source);
        IngestDocument document = new IngestDocument(new HashMap<>(source), new HashMap<>());
        for (int i = 0; i < PATHS.size(); i++) {
            assertEquals(PATHS.get(i).toString(), PATHS.get(i).get(document), found.values()[i]);
        }
    }

    public void testNamesEachScalarThatStandsWhereAnObjectIsNeededOnce() {
        Map<String, Object> source = Map.of("source", Map.of("ip", "10.0.0.5", "geo", "Berlin"), "user", "bob");
        SourcePathTree.Found found = tree.read(source);
        assertEquals(
            List.of(
                new SourcePathTree.Blocked("source.geo", SourcePath.of("source.geo.location"), "Berlin").toString(),
                new SourcePathTree.Blocked("user", SourcePath.of("user.name"), "bob").toString()
            ),
            found.blocked().stream().map(Object::toString).toList()
        );
        assertEquals("10.0.0.5", found.values()[1]);
        assertNull(found.values()[2]);
        assertNull(found.values()[4]);
    }
}

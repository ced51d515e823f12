package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FieldPathTreeTest {

    private static final List<FieldPath> PATHS = List.of(
        FieldPath.of("@timestamp"),
        FieldPath.of("source.ip"),
        FieldPath.of("source.geo.location"),
        FieldPath.of("source.address"),
        FieldPath.of("user.name"),
        FieldPath.of("source.ip")
    );

    private final FieldPathTree tree = new FieldPathTree(PATHS);

    @Test
    void findsEveryPathInTheOrderItWasGiven() {
        Map<String, Object> source = Map.of(
            "@timestamp", "2026-11-23T06:00:00Z",
            "source", Map.of("ip", "10.0.0.5", "address", "WS-1", "geo", Map.of("location", "52.5,13.4")),
            "user", Map.of("name", "alice")
        );
        FieldPathTree.Found found = tree.read(source);
        assertEquals(
            Arrays.asList("2026-11-23T06:00:00Z", "10.0.0.5", "52.5,13.4", "WS-1", "alice", "10.0.0.5"),
            Arrays.asList(found.values())
        );
        assertEquals(List.of(), found.blocked());
    }

    @Test
    void agreesWithReadingEachPathAlone() {
        Map<String, Object> source = Map.of("source", Map.of("ip", 7, "geo", Map.of()), "user", Map.of("domain", "CORP"));
        FieldPathTree.Found found = tree.read(source);
        for (int i = 0; i < PATHS.size(); i++) {
            assertEquals(readAlone(source, PATHS.get(i)), found.values()[i], PATHS.get(i).toString());
        }
    }

    @Test
    void namesEachScalarThatStandsWhereAnObjectIsNeededOnce() {
        Map<String, Object> source = Map.of("source", Map.of("ip", "10.0.0.5", "geo", "Berlin"), "user", "bob");
        FieldPathTree.Found found = tree.read(source);
        assertEquals(
            List.of(
                new FieldPathTree.Blocked("source.geo", FieldPath.of("source.geo.location"), "Berlin").toString(),
                new FieldPathTree.Blocked("user", FieldPath.of("user.name"), "bob").toString()
            ),
            found.blocked().stream().map(Object::toString).toList()
        );
        assertEquals("10.0.0.5", found.values()[1]);
        assertNull(found.values()[2]);
        assertNull(found.values()[4]);
    }

    @Test
    void findsAPathWrittenAsOneDottedKeyWhereItsObjectIsMissing() {
        Map<String, Object> source = Map.of("user.name", "bob", "source", Map.of("ip", "10.0.0.5", "geo.location", "52.5,13.4"),
            "source.address", "ignored: source is there");
        FieldPathTree.Found found = tree.read(source);
        assertEquals("bob", found.values()[4]);
        assertEquals("52.5,13.4", found.values()[2]);
        assertNull(found.values()[3], "the nested object is read where it stands, not a dotted key beside it");
    }

    private static Object readAlone(Map<String, Object> source, FieldPath path) {
        Object node = source;
        for (String part : path.parts()) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(part);
            } else {
                return null;
            }
        }
        return node;
    }
}

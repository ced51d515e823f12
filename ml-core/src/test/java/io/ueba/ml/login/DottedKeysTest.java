package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DottedKeysTest {

    @Test
    void expandsDottedKeysIntoTheObjectsOnTheirWay() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("user.name", "bob");
        document.put("source", new LinkedHashMap<>(Map.of("ip", "10.0.0.5")));
        document.put("source.geo.country_iso_code", "DE");
        document.put("@timestamp", "2026-11-23T06:00:00Z");
        DottedKeys.expand(document);
        assertEquals(Map.of("user", Map.of("name", "bob"), "source", Map.of("ip", "10.0.0.5", "geo", Map.of("country_iso_code", "DE")),
            "@timestamp", "2026-11-23T06:00:00Z"), document);
    }

    @Test
    void aValueOnTheWayKeepsTheDottedKeyAsItIs() {
        Map<String, Object> document = new LinkedHashMap<>(Map.of("user", "bob", "user.name", "alice"));
        DottedKeys.expand(document);
        assertEquals(Map.of("user", "bob", "user.name", "alice"), document);
    }
}

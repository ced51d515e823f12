package io.ueba.integ;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random documents, most of them broken in the login fields (wrong types, scalars where objects belong, huge and
 * odd strings, bad IPs and dates), sent in bulk through the default pipeline of the real node: every one is indexed.
 */
class FuzzedLoginsIT {

    private static final String INDEX = "logins-fuzz-it";
    private static final int DOCUMENTS = 1000;
    private static final int ROUNDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS = List.of(
        "@timestamp", "user.name", "user.domain", "source.ip", "source.address", "source.geo.country_iso_code",
        "destination.address", "destination.ip", "host.name", "event.outcome", "event.category", "event.reason",
        "login.auth_package", "login.logon_type", "user", "source", "destination", "event", "login", "host"
    );

    private final NodeClient node = new NodeClient();

    @Test
    void everyFuzzedDocumentIsIndexed() throws Exception {
        long firstSeed = Long.getLong("tests.seed.fuzz", System.nanoTime());
        node.emptyLoginIndex(INDEX);
        for (long seed = firstSeed; seed < firstSeed + ROUNDS; seed++) {
            List<String> failures = indexRandomDocuments(new Random(seed));
            assertEquals(0, failures.size(),
                "seed " + seed + " (rerun with -Dtests.seed.fuzz=" + seed + "), first failures: " + failures.subList(0, Math.min(5, failures.size())));
        }
        assertEquals(DOCUMENTS * ROUNDS, node.get("/" + INDEX + "/_count").body().get("count").asInt(), "seed " + firstSeed);
    }

    private List<String> indexRandomDocuments(Random random) throws Exception {
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            Map<String, Object> document = new HashMap<>();
            for (String path : PATHS) {
                if (random.nextInt(3) > 0) {
                    put(document, path, value(random));
                }
            }
            bulk.append("{\"index\": {}}\n").append(JSON.writeValueAsString(document)).append('\n');
        }
        NodeClient.Reply reply = node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString());
        assertEquals(200, reply.status());
        List<String> failures = new ArrayList<>();
        reply.body().get("items").forEach(item -> {
            if (item.get("index").has("error")) {
                failures.add(item.get("index").get("error").toString());
            }
        });
        return failures;
    }

    private static Object value(Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> random.nextDouble();
            case 3 -> random.nextBoolean();
            case 4 -> List.of("a" + random.nextInt(9), random.nextInt());
            case 5 -> Map.of("nested", "x" + random.nextInt(9));
            case 6 -> "x".repeat(random.nextInt(40_000));
            case 7 -> List.of("2026-11-01T00:00:00Z", "9999-01-01T00:00:00Z", "yesterday", "1700000000000", "2026-13-45").get(random.nextInt(5));
            case 8 -> List.of("10.0.0.1", "8.8.8.8", "::1", "300.1.1.1", "fe80::zz", "example.com").get(random.nextInt(6));
            case 9 -> new String(Character.toChars(0x1F600 + random.nextInt(50))) + "\u0000\t\"\\";
            default -> "user" + random.nextInt(20);
        };
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> document, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = document;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.get(parts[i]);
            if (child instanceof Map<?, ?> == false) {
                child = new HashMap<String, Object>();
                node.put(parts[i], child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(parts[parts.length - 1], value);
    }
}

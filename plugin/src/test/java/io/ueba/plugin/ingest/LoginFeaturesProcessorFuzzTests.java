package io.ueba.plugin.ingest;

import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.test.OpenSearchTestCase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Random documents, well-formed and not: the processor either featurizes them or fails with an
 * {@link IllegalArgumentException} naming a field, and never loses a value the document carried.
 */
public class LoginFeaturesProcessorFuzzTests extends OpenSearchTestCase {

    private static final List<String> FIELDS = List.of(
        "@timestamp", "user.name", "source.ip", "source.address", "destination.address", "host.name",
        "destination.ip", "event.outcome", "login.auth_package", "login.logon_type", "source.geo",
        // parents last, so that a scalar sometimes stands where the fields above need an object
        "user", "source", "destination", "event", "login"
    );

    public void testRandomDocumentsFailCleanlyOrAreFeaturized() {
        LoginFeaturesProcessor processor = new LoginFeaturesProcessorFactory(new TrainedModelsHolder(), System::currentTimeMillis)
            .create(Map.of(), "fuzz", null, new HashMap<>());
        int featurized = 0;
        int failed = 0;
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> source = new HashMap<>();
            for (String field : FIELDS) {
                if (randomBoolean()) {
                    put(source, field, randomValue(field));
                }
            }
            IngestDocument document = new IngestDocument(source, new HashMap<>());
            int valuesBefore = leafCount(document.getSourceAndMetadata());
            try {
                processor.execute(document);
                assertTrue(document.hasField(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD));
                featurized++;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("["));
                failed++;
            }
            assertTrue("values were lost from " + source, leafCount(document.getSourceAndMetadata()) >= valuesBefore);
        }
        assertTrue("featurized " + featurized, featurized > 0);
        assertTrue("failed " + failed, failed > 0);
    }

    private Object randomValue(String field) {
        return switch (between(0, 9)) {
            case 0 -> null;
            case 1 -> randomInt();
            case 2 -> List.of(randomAlphaOfLength(3), randomAlphaOfLength(2));
            case 3 -> new HashMap<>(Map.of("nested", randomAlphaOfLength(4)));
            case 4 -> randomRealisticUnicodeOfLength(between(0, 3000));
            case 5 -> "";
            case 6 -> randomFrom("2026-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "not a date", "1700000000000");
            case 7 -> randomFrom("10.0.0.1", "::1", "300.1.1.1", "fe80::zz", "example.com");
            case 8 -> randomBoolean();
            default -> randomAlphaOfLength(between(1, 12));
        };
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> source, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = source;
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

    private static int leafCount(Object value) {
        if (value instanceof Map<?, ?> map) {
            int count = 0;
            for (Object child : map.values()) {
                count += leafCount(child);
            }
            return count;
        }
        if (value instanceof List<?>) {
            return 1;
        }
        return value == null ? 0 : 1;
    }
}

package io.ueba.plugin.ingest;

import org.opensearch.ingest.IngestDocument;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A dotted path into a document's source, split once when the pipeline is built. Looking a field up this way costs
 * a few map lookups; {@link IngestDocument#getFieldValue} parses the path on every call and pays for an exception on
 * every field a document lacks, which on the ingest hot path adds up to most of the processor's time.
 */
record SourcePath(String path, String[] parts) {

    static SourcePath of(String path) {
        return new SourcePath(path, path.split("\\."));
    }

    /** The value at this path, or null when the document lacks it (or something on the way is not an object). */
    Object get(IngestDocument document) {
        Object node = document.getSourceAndMetadata();
        for (String part : parts) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(part);
            } else {
                return null;
            }
        }
        return node;
    }

    /**
     * Sets the value at this path, making the objects on the way. Where something on the way is not an object, the
     * document's own setter reports the conflict.
     */
    @SuppressWarnings("unchecked")
    void put(IngestDocument document, Object value) {
        Map<String, Object> node = document.getSourceAndMetadata();
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.get(parts[i]);
            if (child == null) {
                child = new HashMap<String, Object>();
                node.put(parts[i], child);
            } else if (child instanceof Map<?, ?> == false) {
                document.setFieldValue(path, value);
                return;
            }
            node = (Map<String, Object>) child;
        }
        node.put(parts[parts.length - 1], value);
    }

    /** Removes the value at this path, if the document has one. */
    void remove(IngestDocument document) {
        Object node = document.getSourceAndMetadata();
        for (int i = 0; i < parts.length - 1; i++) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(parts[i]);
            } else {
                return;
            }
        }
        if (node instanceof Map<?, ?> map) {
            map.remove(parts[parts.length - 1]);
        }
    }

    /**
     * Removes the value at this path whether the document holds it nested or under a key that spells the rest of the
     * path with dots ({@code "user.name"} at the top, {@code "geo.location"} inside {@code source}), as a login's reader
     * finds it. Rare work (a value of the wrong shape), so the dotted keys are spelled here, not kept.
     */
    void removeNestedOrDotted(IngestDocument document) {
        Object node = document.getSourceAndMetadata();
        for (int i = 0; i < parts.length && node instanceof Map<?, ?> map; i++) {
            String rest = String.join(".", Arrays.asList(parts).subList(i, parts.length));
            if (map.containsKey(rest)) {
                map.remove(rest);
                return;
            }
            node = map.get(parts[i]);
        }
    }

    @Override
    public String toString() {
        return path;
    }
}

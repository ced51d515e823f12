package io.ueba.ml.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the top-level keys with dots ({@code "user.name": "bob"}) into objects, as the installed pipeline's
 * {@code dot_expander} does before anything reads a login, for code that reads login documents outside the node.
 */
public final class DottedKeys {

    private DottedKeys() {}

    /**
     * Expands the document's dotted top-level keys in place; where a value already stands on the way, the dotted key
     * is left as it is.
     *
     * @param document a document as a JSON parser makes it: every object in it a mutable map
     */
    @SuppressWarnings("unchecked")
    public static void expand(Map<String, Object> document) {
        for (String key : List.copyOf(document.keySet())) {
            String[] parts = key.split("\\.");
            Map<String, Object> node = document;
            for (int i = 0; i < parts.length - 1 && node != null; i++) {
                Object child = node.computeIfAbsent(parts[i], name -> new LinkedHashMap<String, Object>());
                node = child instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
            }
            if (parts.length > 1 && node != null && node.containsKey(parts[parts.length - 1]) == false) {
                node.put(parts[parts.length - 1], document.remove(key));
            }
        }
    }
}

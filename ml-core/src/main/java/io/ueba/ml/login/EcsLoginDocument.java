package io.ueba.ml.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LoginEvent} as its ECS document, a tree of maps as JSON writers see it; {@link LoginSourceReader} reads
 * one back as ingest does.
 */
public final class EcsLoginDocument {

    private EcsLoginDocument() {}

    public static Map<String, Object> toDocument(LoginEvent event) {
        Map<String, Object> document = new LinkedHashMap<>();
        put(document, EcsFields.TIMESTAMP, event.timestamp().toString());
        put(document, EcsFields.USER_NAME, event.user());
        put(document, EcsFields.USER_DOMAIN, event.userDomain());
        put(document, EcsFields.SOURCE_IP, event.sourceIp());
        put(document, EcsFields.SOURCE_ADDRESS, event.sourceHost());
        put(document, EcsFields.SOURCE_COUNTRY, event.sourceCountry());
        put(document, EcsFields.DESTINATION_ADDRESS, event.destinationHost());
        put(document, EcsFields.DESTINATION_IP, event.destinationIp());
        put(document, EcsFields.EVENT_CATEGORY, List.of(EcsFields.AUTHENTICATION_CATEGORY));
        put(document, EcsFields.EVENT_OUTCOME, event.outcome().ecsValue());
        put(document, EcsFields.EVENT_REASON, event.failureReason());
        put(document, EcsFields.AUTH_PACKAGE, event.authPackage());
        put(document, EcsFields.LOGON_TYPE, event.logonType());
        if (event.label() != null) {
            put(document, EcsFields.LABEL_ATTACK, event.label().attack());
            put(document, EcsFields.LABEL_SCENARIO, event.label().scenario());
        }
        // a further field never overwrites the schema's: a model asks for it by a path the schema does not have
        event.attributes().forEach((path, value) -> {
            if (get(document, path) == null) {
                put(document, path, value);
            }
        });
        return document;
    }

    /**
     * The value at a dotted path, through nested maps or as a literal dotted key at any level ({@code "vpn.tunnel"}
     * holding {@code port}, or {@code vpn} holding {@code "tunnel.port"}), as OpenSearch reads a document; null when
     * absent.
     */
    public static Object get(Map<String, ?> document, String path) {
        Object whole = document.get(path);
        if (whole != null) {
            return whole;
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            if (document.get(path.substring(0, dot)) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Object found = get((Map<String, ?>) map, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> document, String path, Object value) {
        if (value == null) {
            return;
        }
        int dot = path.indexOf('.');
        if (dot < 0 || path.startsWith("@")) {
            document.put(path, value);
            return;
        }
        if (document.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>()) instanceof Map<?, ?> child) {
            put((Map<String, Object>) child, path.substring(dot + 1), value);
        }
    }
}

package io.ueba.ml.login;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between a {@link LoginEvent} and its ECS document, a tree of maps as JSON parsers and writers see it. */
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
        return document;
    }

    /**
     * Reads a document in our schema. Dotted keys ({@code "user.name": ...}) and nested objects are both accepted.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static LoginEvent fromDocument(Map<String, ?> document) {
        String timestamp = requiredText(document, EcsFields.TIMESTAMP);
        Instant instant = UtcTimestamps.parseOrNull(timestamp);
        if (instant == null) {
            try {
                instant = Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("[" + EcsFields.TIMESTAMP + "] is not an ISO-8601 instant: [" + timestamp + "]");
            }
        }
        String outcome = text(document, EcsFields.EVENT_OUTCOME);
        LoginLabel label = null;
        Object attack = get(document, EcsFields.LABEL_ATTACK);
        if (attack != null) {
            if (attack instanceof Boolean == false) {
                throw new IllegalArgumentException("[" + EcsFields.LABEL_ATTACK + "] must be true or false, got [" + attack + "]");
            }
            String scenario = text(document, EcsFields.LABEL_SCENARIO);
            label = new LoginLabel((Boolean) attack, scenario == null ? ((Boolean) attack ? "attack" : "benign") : scenario);
        }
        return new LoginEvent(
            instant,
            requiredText(document, EcsFields.USER_NAME),
            text(document, EcsFields.USER_DOMAIN),
            text(document, EcsFields.SOURCE_IP),
            text(document, EcsFields.SOURCE_ADDRESS),
            text(document, EcsFields.SOURCE_COUNTRY),
            text(document, EcsFields.DESTINATION_ADDRESS),
            text(document, EcsFields.DESTINATION_IP),
            outcome == null ? LoginOutcome.UNKNOWN : fieldValue(EcsFields.EVENT_OUTCOME, outcome),
            text(document, EcsFields.AUTH_PACKAGE),
            text(document, EcsFields.LOGON_TYPE),
            text(document, EcsFields.EVENT_REASON),
            label
        );
    }

    /** The value at a dotted path, through nested maps or as a literal dotted key; null when absent. */
    public static Object get(Map<String, ?> document, String path) {
        if (document.containsKey(path)) {
            return document.get(path);
        }
        int dot = path.indexOf('.');
        if (dot < 0) {
            return null;
        }
        Object child = document.get(path.substring(0, dot));
        if (child instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) map;
            return get(nested, path.substring(dot + 1));
        }
        return null;
    }

    private static LoginOutcome fieldValue(String field, String value) {
        try {
            return LoginOutcome.fromEcs(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[" + field + "] " + e.getMessage(), e);
        }
    }

    private static String requiredText(Map<String, ?> document, String path) {
        String value = text(document, path);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("[" + path + "] is required");
        }
        return value;
    }

    private static String text(Map<String, ?> document, String path) {
        Object value = get(document, path);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("[" + path + "] must be a string, got " + value.getClass().getSimpleName());
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
        Map<String, Object> child = (Map<String, Object>) document.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>());
        put(child, path.substring(dot + 1), value);
    }
}

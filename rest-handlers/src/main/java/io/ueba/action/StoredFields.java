package io.ueba.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Reads a document the plugin stored (a run's status, a model version's metadata) from the map a search or get
 * hands back, each field with the type it must have. A field that is missing, or null, reads as null: a document
 * written by an older version lacks what came since, and the fields it has that this version no longer reads are never
 * looked at. A field of the wrong type fails, naming it: the document is damaged, and a guess shown instead would hide
 * that.
 */
final class StoredFields {

    private final String document;
    private final String prefix;
    private final Map<?, ?> fields;

    /** @param document what the map holds, for messages: {@code run status}, {@code model version} */
    StoredFields(String document, Map<?, ?> fields) {
        this(document, "", fields);
    }

    private StoredFields(String document, String prefix, Map<?, ?> fields) {
        this.document = document;
        this.prefix = prefix;
        this.fields = fields;
    }

    String text(String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongType(name, "a string", value);
    }

    Long wholeNumber(String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrongType(name, "a whole number", value);
    }

    Integer integer(String name) {
        Long value = wholeNumber(name);
        if (value != null && value != value.intValue()) {
            throw wrongType(name, "a whole number of at most " + Integer.MAX_VALUE, value);
        }
        return value == null ? null : value.intValue();
    }

    Double number(String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).doubleValue();
        }
        throw wrongType(name, "a number", value);
    }

    /** A time stored as epoch milliseconds. */
    Instant instant(String name) {
        Long millis = wholeNumber(name);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** A time as the stored documents hold it, and the API shows it: epoch milliseconds; null for none. */
    static Long millis(Instant time) {
        return time == null ? null : time.toEpochMilli();
    }

    /** The object stored under the name, read the same way; null when there is none. */
    StoredFields object(String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof Map<?, ?>) {
            return value == null ? null : new StoredFields(document, path(name) + ".", (Map<?, ?>) value);
        }
        throw wrongType(name, "an object", value);
    }

    /** An object whose every field is a number, by name; null when there is none. */
    Map<String, Double> numbers(String name) {
        StoredFields object = object(name);
        if (object == null) {
            return null;
        }
        Map<String, Double> numbers = new TreeMap<>();
        for (Object key : object.fields.keySet()) {
            numbers.put(String.valueOf(key), object.required(String.valueOf(key), StoredFields::number));
        }
        return numbers;
    }

    List<?> list(String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        throw wrongType(name, "an array", value);
    }

    List<String> texts(String name) {
        List<?> values = list(name);
        if (values == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value instanceof String text) {
                texts.add(text);
            } else {
                throw wrongType(name, "an array of strings", values);
            }
        }
        return texts;
    }

    /** The objects of the array stored under the name, each read the same way; null when there is none. */
    List<StoredFields> objects(String name) {
        List<?> values = list(name);
        if (values == null) {
            return null;
        }
        List<StoredFields> objects = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value instanceof Map<?, ?> object) {
                objects.add(new StoredFields(document, path(name) + "[" + objects.size() + "].", object));
            } else {
                throw wrongType(name, "an array of objects", values);
            }
        }
        return objects;
    }

    /**
     * Reads a field every version has written, e.g. {@code required("chunks", StoredFields::integer)}: a document
     * without it is damaged, not older.
     */
    <T> T required(String name, BiFunction<StoredFields, String, T> read) {
        T value = read.apply(this, name);
        if (value == null) {
            throw new IllegalStateException("[" + path(name) + "] is missing from the stored " + document);
        }
        return value;
    }

    String path(String name) {
        return prefix + name;
    }

    private IllegalStateException wrongType(String name, String expected, Object value) {
        return new IllegalStateException("[" + path(name) + "] of the stored " + document + " must be " + expected + ", got [" + value + "]");
    }
}

package io.ueba.ml.model;

import io.ueba.ml.login.LoginAttributes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one model kind's settings out of the JSON object a user gave (as a map), defaults for what is missing, and
 * refuses a wrong value or an unknown field with a message that names its full path ({@code [models[0].hidden]}), as a
 * 400 must.
 */
public final class SettingsFields {

    private final String path;
    private final Map<String, ?> given;
    private final Set<String> read = new HashSet<>();

    /** @param path where the object is in the request, e.g. {@code models[1]} */
    public SettingsFields(String path, Map<String, ?> given) {
        this.path = path;
        this.given = given;
    }

    public String path(String name) {
        return path + "." + name;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Object value = value(name);
        if (value == null) {
            return defaultValue;
        }
        double number = number(name, value);
        if (number != Math.rint(number) || number < min || number > max) {
            throw refuse(name, "must be a whole number in [" + min + ", " + max + "], got [" + value + "]");
        }
        return (int) number;
    }

    public long longInteger(String name, long defaultValue) {
        Object value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw refuse(name, "must be a whole number, got [" + value + "]");
    }

    /** A number the kind checks itself, with {@link #refuse}. */
    public double number(String name, double defaultValue) {
        Object value = value(name);
        return value == null ? defaultValue : number(name, value);
    }

    public boolean bool(String name, boolean defaultValue) {
        Object value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw refuse(name, "must be true or false, got [" + value + "]");
    }

    /** One of the {@code choices}. */
    public String choice(String name, String defaultValue, List<String> choices) {
        Object value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof String text && choices.contains(text)) {
            return text;
        }
        throw refuse(name, "must be one of " + choices + ", got [" + value + "]");
    }

    /** A document field's dotted path ({@code ssh.client}), or null when not given. */
    public String documentPath(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String text && LoginAttributes.isPath(text)) {
            return text;
        }
        throw refuse(name, LoginAttributes.PATH_RULE + ", got [" + value + "]");
    }

    /** A list of at most {@code max} distinct document fields' dotted paths ({@link #documentPath}), empty when not given. */
    public List<String> documentPaths(String name, int max) {
        Object value = value(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.size() <= max && Set.copyOf(list).size() == list.size()
            && list.stream().allMatch(path -> path instanceof String text && LoginAttributes.isPath(text))) {
            return list.stream().map(String.class::cast).toList();
        }
        throw refuse(name, "must be a list of at most " + max + " distinct fields' paths; each " + LoginAttributes.PATH_RULE + ", got ["
            + value + "]");
    }

    /** A non-empty list of distinct {@code choices}. */
    public List<String> choices(String name, List<String> defaultValue, List<String> choices) {
        Object value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof List<?> list && list.isEmpty() == false && list.stream().allMatch(choices::contains)
            && Set.copyOf(list).size() == list.size()) {
            return list.stream().map(String.class::cast).toList();
        }
        throw refuse(name, "must be a non-empty list of distinct values from " + choices + ", got [" + value + "]");
    }

    /** Accepts a field that a kind no longer has, so that jobs stored with it still read; its value is not used. */
    public void retired(String name) {
        value(name);
    }

    /** The error for a field whose value is wrong. */
    public IllegalArgumentException refuse(String name, String why) {
        return new IllegalArgumentException("[" + path(name) + "] " + why);
    }

    /** Refuses the first field that was given but never read: a misspelt setting is an error, not a silent default. */
    public void refuseUnread(String kind) {
        for (String name : given.keySet()) {
            if (read.contains(name) == false) {
                throw refuse(name, "is not a setting of the [" + kind + "] model");
            }
        }
    }

    private Object value(String name) {
        read.add(name);
        return given.get(name);
    }

    private double number(String name, Object value) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        throw refuse(name, "must be a number, got [" + value + "]");
    }
}

package io.ueba.ml.features;

import java.util.Locale;

/**
 * Normalizes the names of users and hosts so that one entity has one name whatever log it came from:
 * {@code CORP\Alice}, {@code alice@corp.example} and {@code ALICE} are all {@code alice}; {@code WS-01.corp.} is
 * {@code ws-01.corp}.
 */
public final class EntityNames {

    private EntityNames() {}

    public static String user(String raw) {
        String name = raw.trim();
        int backslash = name.lastIndexOf('\\');
        if (backslash >= 0) {
            name = name.substring(backslash + 1);
        }
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    public static String host(String raw) {
        String name = raw.trim().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** An ISO country code as geoip writes it ({@code DE}); null for a missing or blank one. */
    public static String country(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toUpperCase(Locale.ROOT);
    }

    /** The relation a login adds to the graph: how it authenticated and what kind of logon it was. */
    public static String relation(String authPackage, String logonType) {
        return part(authPackage) + "/" + part(logonType);
    }

    private static String part(String value) {
        return value == null || value.isBlank() ? "unknown" : value.trim().toLowerCase(Locale.ROOT);
    }
}

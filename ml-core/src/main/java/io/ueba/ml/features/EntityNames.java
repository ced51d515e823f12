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

    /**
     * The name of a login's source or destination, as the models and the graph name it: the host name when the log
     * gives one, else the IP address, else {@value LoginFeatures#UNKNOWN_ENTITY}.
     *
     * @param host the host name as the log gives it, null or blank when it gives none
     * @param ip   an IP literal, null when there is none (the caller refuses what is not one)
     */
    public static String endpoint(String host, String ip) {
        if (host != null && host.isBlank() == false) {
            return host(host);
        }
        if (ip != null && ip.isBlank() == false) {
            return ip.trim().toLowerCase(Locale.ROOT);
        }
        return LoginFeatures.UNKNOWN_ENTITY;
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

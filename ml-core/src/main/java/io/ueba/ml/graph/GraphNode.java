package io.ueba.ml.graph;

import io.ueba.ml.features.IpFacts;
import io.ueba.ml.features.LoginFeatures;

import java.util.Locale;

/**
 * An entity of the graph, with what the edges it is drawn with say of it.
 *
 * @param id         its name, as the edges name it
 * @param loginsIn   logins to it
 * @param loginsOut  logins from it (a login from an entity to itself counts both ways)
 * @param suspicious suspicious logins from or to it
 * @param score      the combined score over its scored logins
 */
public record GraphNode(String id, Kind kind, long loginsIn, long loginsOut, long suspicious, ScoreStats score) {

    /** What an entity is, as far as its name tells. */
    public enum Kind {
        HOST,
        IP,
        /** A login that named neither a host nor an IP on that side. */
        UNKNOWN;

        public static Kind of(String name) {
            if (LoginFeatures.UNKNOWN_ENTITY.equals(name)) {
                return UNKNOWN;
            }
            try {
                IpFacts.of(name);
                return IP;
            } catch (IllegalArgumentException e) {
                return HOST;
            }
        }

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

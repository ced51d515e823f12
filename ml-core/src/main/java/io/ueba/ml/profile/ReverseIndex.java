package io.ueba.ml.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The profile's pairs looked up from their other end: the users of each source, the sources of each destination. Built
 * from the profile's own sets and sharing their strings, so it costs a reference per pair and an entry per key.
 */
final class ReverseIndex {

    private final Map<String, Set<String>> usersBySource;
    private final Map<String, Set<String>> sourcesByDestination;

    ReverseIndex(Map<String, Set<String>> sourcesByUser, Map<String, Set<String>> destinationsBySource) {
        this.usersBySource = invert(sourcesByUser);
        this.sourcesByDestination = invert(destinationsBySource);
    }

    Set<String> usersFrom(String source) {
        return usersBySource.getOrDefault(source, Set.of());
    }

    Set<String> sourcesTo(String destination) {
        return sourcesByDestination.getOrDefault(destination, Set.of());
    }

    private static Map<String, Set<String>> invert(Map<String, Set<String>> sets) {
        Map<String, Set<String>> inverted = new HashMap<>();
        sets.forEach((key, values) -> values.forEach(value -> inverted.computeIfAbsent(value, v -> new HashSet<>()).add(key)));
        return EntityProfileBuilder.freeze(inverted);
    }
}

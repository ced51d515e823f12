package io.ueba.ml.profile;

import io.ueba.ml.collect.LongIntTable;
import io.ueba.ml.collect.LongKeySet;
import io.ueba.ml.collect.NameHash;
import io.ueba.ml.features.CyclicTime;
import io.ueba.ml.features.ProfileFeatures;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The questions featurizing asks of a profile for every login, answered from hashes of the names ({@link NameHash}) in
 * primitive tables: at hundreds of thousands of users, a map of names to sets of names costs a chain of cache misses
 * per question. Built once per profile, from the maps it is stored as. Immutable once built.
 */
final class HabitLookup {

    /** In a user's facts: the user has usual hours at all (bits 0 to 23 say which). */
    private static final int HAS_HOURS = 1 << 24;
    /** In a user's facts: the user logged in from a source (a user with usual hours only did not). */
    private static final int KNOWN = 1 << 25;
    /** In a user's facts: the count of distinct sources starts at this bit. */
    private static final int DISTINCT_SOURCES_SHIFT = 32;

    private final LongIntTable userRows;
    /**
     * Each user's row: its usual hours ({@link #HAS_HOURS} and below), {@link #KNOWN} and its count of distinct sources,
     * in one long, so that a login's three questions about its user read one array element rather than three arrays.
     */
    private final long[] userFacts;
    private final LongKeySet userSources;
    private final LongKeySet userCountries;
    private final LongKeySet sourceDestinations;

    HabitLookup(Map<String, Set<String>> sourcesByUser, Map<String, Set<String>> destinationsBySource,
        Map<String, boolean[]> usualHoursByUser, Map<String, Set<String>> countriesByUser) {
        int mostUsers = sourcesByUser.size() + usualHoursByUser.size();
        userRows = new LongIntTable(mostUsers);
        userFacts = new long[mostUsers];
        userSources = pairs(sourcesByUser);
        userCountries = pairs(countriesByUser);
        sourceDestinations = pairs(destinationsBySource);
        sourcesByUser.forEach((user, sources) -> {
            userFacts[row(user)] |= KNOWN | (long) sources.size() << DISTINCT_SOURCES_SHIFT;
        });
        usualHoursByUser.forEach((user, usual) -> {
            int mask = HAS_HOURS;
            for (int hour = 0; hour < 24; hour++) {
                mask |= usual[hour] ? 1 << hour : 0;
            }
            userFacts[row(user)] |= mask;
        });
    }

    private static LongKeySet pairs(Map<String, Set<String>> valuesByName) {
        int count = valuesByName.values().stream().mapToInt(Set::size).sum();
        LongKeySet pairs = new LongKeySet(count);
        valuesByName.forEach((name, values) -> {
            long hash = NameHash.of(name);
            for (String value : values) {
                pairs.add(NameHash.pair(hash, NameHash.of(value)));
            }
        });
        return pairs;
    }

    private int row(String user) {
        long hash = NameHash.of(user);
        int row = userRows.get(hash);
        if (row < 0) {
            row = userRows.size();
            userRows.put(hash, row);
        }
        return row;
    }

    /**
     * Every question featurizing asks about a login, answered together: each name hashed once and the user's facts
     * read once, where asking them one by one hashes the user five times. {@code country} may be null (not known).
     */
    ProfileFeatures compare(String version, String user, String source, String destination, String country, double hourOfDay) {
        long userHash = NameHash.of(user);
        long sourceHash = NameHash.of(source);
        long facts = factsOf(userHash);
        return new ProfileFeatures(
            version,
            (facts & KNOWN) == 0,
            userSources.contains(NameHash.pair(userHash, sourceHash)) == false,
            country != null && userCountries.contains(NameHash.pair(userHash, NameHash.of(country))) == false,
            sourceDestinations.contains(NameHash.pair(sourceHash, NameHash.of(destination))) == false,
            hourDistance(facts, hourOfDay).orElse(12),
            distinctSources(facts)
        );
    }

    boolean knowsUser(String user) {
        return (factsOf(NameHash.of(user)) & KNOWN) != 0;
    }

    /** The user's facts; none for a user the profile never saw. */
    private long factsOf(long userHash) {
        int row = userRows.get(userHash);
        return row < 0 ? 0 : userFacts[row];
    }

    boolean hasSeenUserSource(String user, String source) {
        return userSources.contains(NameHash.pair(NameHash.of(user), NameHash.of(source)));
    }

    boolean hasSeenUserCountry(String user, String country) {
        return userCountries.contains(NameHash.pair(NameHash.of(user), NameHash.of(country)));
    }

    boolean hasSeenSourceDestination(String source, String destination) {
        return sourceDestinations.contains(NameHash.pair(NameHash.of(source), NameHash.of(destination)));
    }

    int distinctSources(String user) {
        return distinctSources(factsOf(NameHash.of(user)));
    }

    private static int distinctSources(long facts) {
        return (int) (facts >>> DISTINCT_SOURCES_SHIFT);
    }

    /** Hours between this hour of day and the nearest of the user's usual hours; empty for a user without them. */
    OptionalDouble hourDistance(String user, double hourOfDay) {
        return hourDistance(factsOf(NameHash.of(user)), hourOfDay);
    }

    private static OptionalDouble hourDistance(long facts, double hourOfDay) {
        int mask = (int) facts;
        if ((mask & HAS_HOURS) == 0) {
            return OptionalDouble.empty();
        }
        double nearest = 12;
        for (int hour = 0; hour < 24; hour++) {
            if ((mask & (1 << hour)) != 0) {
                // Inside the usual hour's bin the distance is 0; outside, measured from the bin's nearer edge.
                double fromCentre = CyclicTime.hourDistance(hourOfDay, hour + 0.5);
                nearest = Math.min(nearest, Math.max(0, fromCentre - 0.5));
            }
        }
        return OptionalDouble.of(nearest);
    }
}

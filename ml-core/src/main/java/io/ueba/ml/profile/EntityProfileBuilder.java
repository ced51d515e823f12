package io.ueba.ml.profile;

import io.ueba.ml.features.ProfileFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Accumulates logins, already normalized to entity names, into an {@link EntityProfile}. Not thread-safe. */
public final class EntityProfileBuilder {

    /** An hour of the day is one of a user's usual hours when it holds at least this share of the user's logins. */
    static final double USUAL_HOUR_SHARE = 0.05;

    private final Map<String, Set<String>> sourcesByUser = new HashMap<>();
    private final Map<String, Set<String>> destinationsBySource = new HashMap<>();
    private final Map<String, int[]> hourCountsByUser = new HashMap<>();
    private final Map<String, Set<String>> countriesByUser = new HashMap<>();

    /** @param country where the source address is, null when unknown (a private address, no geo facts) */
    public EntityProfileBuilder add(String user, String source, String destination, double hourOfDay, String country) {
        sourcesByUser.computeIfAbsent(user, k -> new HashSet<>()).add(source);
        if (country != null) {
            countriesByUser.computeIfAbsent(user, k -> new HashSet<>()).add(country);
        }
        destinationsBySource.computeIfAbsent(source, k -> new HashSet<>()).add(destination);
        hourCountsByUser.computeIfAbsent(user, k -> new int[24])[(int) Math.floor(hourOfDay) % 24]++;
        return this;
    }

    public EntityProfile build(String version) {
        Map<String, Set<String>> sources = freeze(sourcesByUser);
        Map<String, Set<String>> destinations = freeze(destinationsBySource);
        Map<String, boolean[]> usualHours = new HashMap<>();
        hourCountsByUser.forEach((user, counts) -> usualHours.put(user, usualHours(counts)));
        return new InMemoryProfile(version, sources, destinations, Map.copyOf(usualHours), freeze(countriesByUser));
    }

    private static boolean[] usualHours(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        boolean[] usual = new boolean[24];
        for (int hour = 0; hour < 24; hour++) {
            usual[hour] = counts[hour] > 0 && counts[hour] >= USUAL_HOUR_SHARE * total;
        }
        return usual;
    }

    static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((key, values) -> frozen.put(key, Set.copyOf(values)));
        return Map.copyOf(frozen);
    }

    /** Immutable, and safe to share between threads: the reverse index is built once, on the first question that needs it. */
    static final class InMemoryProfile implements EntityProfile {

        private final String version;
        private final Map<String, Set<String>> sourcesByUser;
        private final Map<String, Set<String>> destinationsBySource;
        private final Map<String, boolean[]> usualHoursByUser;
        private final Map<String, Set<String>> countriesByUser;
        private final HabitLookup habits;
        private volatile ReverseIndex reverse;

        InMemoryProfile(String version, Map<String, Set<String>> sourcesByUser, Map<String, Set<String>> destinationsBySource,
            Map<String, boolean[]> usualHoursByUser, Map<String, Set<String>> countriesByUser) {
            this.version = version;
            this.sourcesByUser = sourcesByUser;
            this.destinationsBySource = destinationsBySource;
            this.usualHoursByUser = usualHoursByUser;
            this.countriesByUser = countriesByUser;
            this.habits = new HabitLookup(sourcesByUser, destinationsBySource, usualHoursByUser, countriesByUser);
        }

        @Override
        public String version() {
            return version;
        }

        Map<String, Set<String>> sourcesByUser() {
            return sourcesByUser;
        }

        Map<String, Set<String>> destinationsBySource() {
            return destinationsBySource;
        }

        Map<String, boolean[]> usualHoursByUser() {
            return usualHoursByUser;
        }

        Map<String, Set<String>> countriesByUser() {
            return countriesByUser;
        }

        @Override
        public boolean knowsUser(String user) {
            return habits.knowsUser(user);
        }

        @Override
        public boolean hasSeenUserSource(String user, String source) {
            return habits.hasSeenUserSource(user, source);
        }

        @Override
        public boolean hasSeenUserCountry(String user, String country) {
            return habits.hasSeenUserCountry(user, country);
        }

        @Override
        public boolean hasSeenSourceDestination(String source, String destination) {
            return habits.hasSeenSourceDestination(source, destination);
        }

        @Override
        public int distinctSources(String user) {
            return habits.distinctSources(user);
        }

        @Override
        public OptionalDouble hourDistance(String user, double hourOfDay) {
            return habits.hourDistance(user, hourOfDay);
        }

        @Override
        public ProfileFeatures compare(String user, String source, String destination, String country, double hourOfDay) {
            return habits.compare(version, user, source, destination, country, hourOfDay);
        }

        @Override
        public Set<String> sourcesOf(String user) {
            return sourcesByUser.getOrDefault(user, Set.of());
        }

        @Override
        public Set<String> countriesOf(String user) {
            return countriesByUser.getOrDefault(user, Set.of());
        }

        @Override
        public List<Integer> usualHoursOf(String user) {
            boolean[] usual = usualHoursByUser.get(user);
            if (usual == null) {
                return List.of();
            }
            List<Integer> hours = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                if (usual[hour]) {
                    hours.add(hour);
                }
            }
            return List.copyOf(hours);
        }

        @Override
        public Set<String> destinationsFrom(String source) {
            return destinationsBySource.getOrDefault(source, Set.of());
        }

        @Override
        public Set<String> sourcesTo(String destination) {
            return reverse().sourcesTo(destination);
        }

        @Override
        public Set<String> usersFrom(String source) {
            return reverse().usersFrom(source);
        }

        private ReverseIndex reverse() {
            ReverseIndex index = reverse;
            if (index == null) {
                synchronized (this) {
                    index = reverse;
                    if (index == null) {
                        index = new ReverseIndex(sourcesByUser, destinationsBySource);
                        reverse = index;
                    }
                }
            }
            return index;
        }
    }
}

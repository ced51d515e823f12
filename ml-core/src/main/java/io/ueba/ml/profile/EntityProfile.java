package io.ueba.ml.profile;

import io.ueba.ml.features.ProfileFeatures;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What training learned about who logs in from where to where, and when. Scoring reads it on the ingest path, so
 * implementations are immutable and answer from memory. It keeps sets, not counts: which pairs were seen, not how
 * often.
 */
public interface EntityProfile {

    /** Identifies the training run that published this profile. */
    String version();

    boolean knowsUser(String user);

    /** Whether the user has logged in from this source before. */
    boolean hasSeenUserSource(String user, String source);

    /** Whether the user has logged in from an address in this country before. */
    boolean hasSeenUserCountry(String user, String country);

    /** Whether anyone has logged in from this source to this destination before. */
    boolean hasSeenSourceDestination(String source, String destination);

    /** How many distinct sources the user has logged in from. */
    int distinctSources(String user);

    /** Hours between this hour of day and the nearest of the user's usual hours; empty for an unknown user. */
    OptionalDouble hourDistance(String user, double hourOfDay);

    /**
     * How a login compares with this profile: the questions above that featurizing asks of every login, answered
     * together ({@code country} may be null, not known).
     */
    ProfileFeatures compare(String user, String source, String destination, String country, double hourOfDay);

    /** The sources the user has logged in from; empty for an unknown user. */
    Set<String> sourcesOf(String user);

    /** The countries of the addresses the user has logged in from, where they were known; empty for an unknown user. */
    Set<String> countriesOf(String user);

    /** The user's usual hours of day, 0 to 23, ascending; empty for an unknown user. */
    List<Integer> usualHoursOf(String user);

    /** Where logins from this source went; empty for an entity never seen as a source. */
    Set<String> destinationsFrom(String source);

    /**
     * Where logins to this destination came from; empty for an entity never seen as a destination. Not for the ingest
     * path: the profile stores pairs by source, and the first question by destination builds the reverse index.
     */
    Set<String> sourcesTo(String destination);

    /**
     * The users who logged in from this source; empty for an entity never seen as a source. Not for the ingest path:
     * the profile stores pairs by user, and the first question by source builds the reverse index.
     */
    Set<String> usersFrom(String source);
}

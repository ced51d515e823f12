package io.ueba.ml.profile;

import java.util.OptionalDouble;

/**
 * What training learned about who logs in from where to where, and when. Scoring reads it on the ingest path, so
 * implementations are immutable and answer from memory.
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
}

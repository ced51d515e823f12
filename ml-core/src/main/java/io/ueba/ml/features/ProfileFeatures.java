package io.ueba.ml.features;

/**
 * How a login compares with the profile the last training run published.
 *
 * @param profileVersion         the training run the profile came from
 * @param newUser                the profile has never seen this user
 * @param firstUserSource        first time this user logs in from this source
 * @param firstUserCountry       first time this user logs in from an address in this country (false when the country
 *                               is not known)
 * @param firstSourceDestination first time anyone goes from this source to this destination
 * @param hourDistance           hours from the user's nearest usual hour (12, the most, for a new user)
 * @param userDistinctSources    how many sources the user had logged in from
 */
public record ProfileFeatures(
    String profileVersion,
    boolean newUser,
    boolean firstUserSource,
    boolean firstUserCountry,
    boolean firstSourceDestination,
    double hourDistance,
    int userDistinctSources
) {}

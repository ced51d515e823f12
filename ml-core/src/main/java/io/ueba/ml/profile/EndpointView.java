package io.ueba.ml.profile;

/**
 * A host or an address as the profile knows it, from either end of the logins it was on.
 *
 * @param users        the users who logged in from it (the profile keeps users by source only, not who logged in to it)
 * @param sources      the sources that logged in to it
 * @param destinations where logins from it went
 */
public record EndpointView(EntityKind kind, String name, boolean known, BoundedList users, BoundedList sources, BoundedList destinations)
    implements EntityView {

    static EndpointView of(EntityProfile profile, EntityKind kind, String endpoint, int size) {
        if (profile == null) {
            return new EndpointView(kind, endpoint, false, BoundedList.EMPTY, BoundedList.EMPTY, BoundedList.EMPTY);
        }
        BoundedList sources = BoundedList.of(profile.sourcesTo(endpoint), size);
        BoundedList destinations = BoundedList.of(profile.destinationsFrom(endpoint), size);
        // Every login the profile learned from has both ends, so an endpoint it saw has a source or a destination.
        boolean known = sources.total() > 0 || destinations.total() > 0;
        return new EndpointView(kind, endpoint, known, BoundedList.of(profile.usersFrom(endpoint), size), sources, destinations);
    }
}

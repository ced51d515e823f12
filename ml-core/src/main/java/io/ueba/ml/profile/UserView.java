package io.ueba.ml.profile;

import java.util.List;

/**
 * A user as the profile knows it. The profile keeps no user's destinations (its destinations are by source), so there
 * are none here.
 *
 * @param sources         the sources the user logged in from
 * @param countries       the countries of the addresses the user logged in from, where they were known
 * @param usualHours      the hours of day, 0 to 23 ascending, that held at least 5% of the user's logins
 * @param distinctSources how many sources the user logged in from, as scoring reads it
 */
public record UserView(String name, boolean known, BoundedList sources, BoundedList countries, List<Integer> usualHours, int distinctSources)
    implements EntityView {

    public UserView {
        usualHours = List.copyOf(usualHours);
    }

    static UserView of(EntityProfile profile, String user, int size) {
        if (profile == null) {
            return new UserView(user, false, BoundedList.EMPTY, BoundedList.EMPTY, List.of(), 0);
        }
        return new UserView(user, profile.knowsUser(user), BoundedList.of(profile.sourcesOf(user), size),
            BoundedList.of(profile.countriesOf(user), size), profile.usualHoursOf(user), profile.distinctSources(user));
    }

    @Override
    public EntityKind kind() {
        return EntityKind.USER;
    }
}

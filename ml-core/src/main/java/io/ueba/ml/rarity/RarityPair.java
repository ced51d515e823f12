package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;

import java.util.stream.IntStream;

/** The pairs every rarity model learns, from the attributes every login has. */
enum RarityPair implements LoginPair {

    /** p(destination | source, relation): the baseline that published RGCN work on LANL data compares against. */
    DESTINATION_GIVEN_SOURCE("first login from this source to this destination with this kind of logon",
        "rare destination for this source and kind of logon") {
        @Override
        public String context(LoginFeatures login) {
            return known(login.source()) == null ? null : login.source() + " " + login.relation();
        }

        @Override
        public String value(LoginFeatures login) {
            return known(login.destination());
        }
    },
    SOURCE_GIVEN_USER("first login from this source for this user", "rare source for this user") {
        @Override
        public String context(LoginFeatures login) {
            return login.user();
        }

        @Override
        public String value(LoginFeatures login) {
            return known(login.source());
        }
    },
    COUNTRY_GIVEN_USER("first time this user signed in from this country", "rare country for this user") {
        @Override
        public String context(LoginFeatures login) {
            return login.user();
        }

        @Override
        public String value(LoginFeatures login) {
            return login.sourceCountry();
        }
    },
    DESTINATION_GIVEN_USER("first login to this destination for this user", "rare destination for this user") {
        @Override
        public String context(LoginFeatures login) {
            return login.user();
        }

        @Override
        public String value(LoginFeatures login) {
            return known(login.destination());
        }
    },
    HOUR_GIVEN_USER("first login at this hour of the day for this user", "rare hour of the day for this user") {
        @Override
        public String context(LoginFeatures login) {
            return login.user();
        }

        @Override
        public String value(LoginFeatures login) {
            return HOURS[(int) login.time().hourOfDay()];
        }

        @Override
        public boolean readsTime() {
            return true;
        }
    };

    /** The hours of the day as the tables name them, made once rather than once a login. */
    private static final String[] HOURS = IntStream.range(0, 24).mapToObj(Integer::toString).toArray(String[]::new);

    private final String firstTime;
    private final String rare;

    RarityPair(String firstTime, String rare) {
        this.firstTime = firstTime;
        this.rare = rare;
    }

    @Override
    public String reason(boolean neverSeen) {
        return neverSeen ? firstTime : rare;
    }

    @Override
    public String storedName() {
        return name();
    }

    /** The entity, or null for one the login did not name. */
    static String known(String entity) {
        return LoginFeatures.UNKNOWN_ENTITY.equals(entity) ? null : entity;
    }
}

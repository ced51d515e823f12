package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginAttributes;

/**
 * p(value of a document field | user), for a field a job names ({@code ssh.client}, {@code user_agent.original}):
 * "first login with this ssh.client for this user". The value is the field's as {@link LoginAttributes} reads it; a
 * login without the field is neither counted nor scored on it.
 *
 * @param field the field's dotted path
 */
record FieldGivenUser(String field) implements LoginPair {

    /** Before the field's path in the name its table is stored under. */
    static final String STORED_PREFIX = "FIELD_GIVEN_USER:";

    FieldGivenUser {
        if (LoginAttributes.isPath(field) == false) {
            throw new IllegalArgumentException("a rarity field " + LoginAttributes.PATH_RULE + ", got [" + field + "]");
        }
    }

    @Override
    public String context(LoginFeatures login) {
        return login.user();
    }

    @Override
    public String value(LoginFeatures login) {
        return login.attributes().get(field);
    }

    @Override
    public String reason(boolean neverSeen) {
        return neverSeen ? "first login with this " + field + " for this user" : "rare " + field + " for this user";
    }

    @Override
    public String storedName() {
        return STORED_PREFIX + field;
    }
}

package io.ueba.ml.rarity;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginAttributes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * p(value of a document field | user or source), for a field a job names ({@code ssh.client},
 * {@code user_agent.original}): "first login with this ssh.client for this user", "... from this source". The value is
 * the field's as {@link LoginAttributes} reads it; a login without the field, or without the entity it is learned
 * for, is neither counted nor scored on it.
 *
 * @param given what the field's value is learned for
 * @param field the field's dotted path
 */
record FieldPair(Given given, String field) implements LoginPair {

    /** What a field's value is conditioned on, with the setting that lists such fields. */
    enum Given {
        USER("user_fields", "FIELD_GIVEN_USER:", "for this user", LoginFeatures::user),
        SOURCE("source_fields", "FIELD_GIVEN_SOURCE:", "from this source", login -> RarityPair.known(login.source()));

        private final String setting;
        private final String storedPrefix;
        private final String phrase;
        private final Function<LoginFeatures, String> context;

        Given(String setting, String storedPrefix, String phrase, Function<LoginFeatures, String> context) {
            this.setting = setting;
            this.storedPrefix = storedPrefix;
            this.phrase = phrase;
            this.context = context;
        }

        /** The rarity setting listing the fields learned for this. */
        String setting() {
            return setting;
        }
    }

    FieldPair {
        if (LoginAttributes.isPath(field) == false) {
            throw new IllegalArgumentException("a rarity field " + LoginAttributes.PATH_RULE + ", got [" + field + "]");
        }
    }

    /** The document fields of the field pairs among these, in their order, each once: what ingest must read for them. */
    static Set<String> fieldsOf(List<LoginPair> pairs) {
        Set<String> fields = new LinkedHashSet<>();
        for (LoginPair pair : pairs) {
            if (pair instanceof FieldPair field) {
                fields.add(field.field());
            }
        }
        return fields;
    }

    /** The pair a stored table's name stands for, or null when the name is not a field pair's. */
    static FieldPair ofStoredName(String name) {
        for (Given given : Given.values()) {
            if (name.startsWith(given.storedPrefix)) {
                return new FieldPair(given, name.substring(given.storedPrefix.length()));
            }
        }
        return null;
    }

    @Override
    public String context(LoginFeatures login) {
        return given.context.apply(login);
    }

    @Override
    public String value(LoginFeatures login) {
        return login.attributes().get(field);
    }

    @Override
    public String reason(boolean neverSeen) {
        return (neverSeen ? "first login with this " + field : "rare " + field) + " " + given.phrase;
    }

    @Override
    public String storedName() {
        return given.storedPrefix + field;
    }
}

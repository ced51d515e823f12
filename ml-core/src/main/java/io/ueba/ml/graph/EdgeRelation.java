package io.ueba.ml.graph;

import io.ueba.ml.features.LoginFeatures;

import java.util.Set;

/**
 * What a login's edge relation is made of, chosen per job: a part of its auth package / logon type
 * ({@link GraphRelation}), then, when {@code field} is set, the value of that field of its document ({@code ssh.client}
 * for an SSH client's version, a VPN's authentication method), as {@link io.ueba.ml.login.LoginAttributes} reads it.
 * With the part {@code none} the field's value is the whole relation. A login whose document lacks the field has
 * {@code unknown} in its place.
 *
 * @param field a document path, or null for none
 */
public record EdgeRelation(GraphRelation part, String field) {

    public static final EdgeRelation DEFAULT = new EdgeRelation(GraphRelation.AUTH_PACKAGE_AND_LOGON_TYPE, null);
    /** Between the part and the field in the stored form: no setting name has it, and no field path. */
    private static final String FIELD_SEPARATOR = " + ";

    /** The edge relation of the login. */
    public String of(LoginFeatures login) {
        if (field == null) {
            return part.of(login.relation());
        }
        String value = login.attributes().get(field);
        return part == GraphRelation.NONE ? valueOrUnknown(value) : endingWith(part.of(login.relation()), value);
    }

    /**
     * A relation ended by a field's value, as a model with a field makes it: {@code ssh/network/openssh_9.6}, or
     * {@code ssh/network/unknown} for a login without the field.
     *
     * @param fieldValue the value as {@link io.ueba.ml.login.LoginAttributes#text} reads it, or null
     */
    public static String endingWith(String relation, String fieldValue) {
        return relation + "/" + valueOrUnknown(fieldValue);
    }

    private static String valueOrUnknown(String fieldValue) {
        return fieldValue == null ? LoginFeatures.UNKNOWN_ENTITY : fieldValue;
    }

    /** The document fields a login must bring to be placed in the graph. */
    public Set<String> fields() {
        return field == null ? Set.of() : Set.of(field);
    }

    /** How a model stores it: the part's setting name, then the field if any; what {@link #fromSettingName} reads. */
    public String settingName() {
        return field == null ? part.settingName() : part.settingName() + FIELD_SEPARATOR + field;
    }

    public static EdgeRelation fromSettingName(String name) {
        int separator = name.indexOf(FIELD_SEPARATOR);
        if (separator < 0) {
            return new EdgeRelation(GraphRelation.fromSettingName(name), null);
        }
        return new EdgeRelation(GraphRelation.fromSettingName(name.substring(0, separator)), name.substring(separator + FIELD_SEPARATOR.length()));
    }
}

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
        String value = login.attributes().getOrDefault(field, LoginFeatures.UNKNOWN_ENTITY);
        return part == GraphRelation.NONE ? value : part.of(login.relation()) + "/" + value;
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

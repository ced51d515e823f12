package io.ueba.ml.graph;

import io.ueba.ml.features.LoginFeatures;

/**
 * A family of edges that one login adds to the graph, each from its head entity to its tail entity with the login's
 * relation (its auth package / logon type). The first is the graph published work on LANL data studies; the others
 * put the user in the same heterogeneous graph, so a stolen credential used from a usual source still makes an edge
 * that does not fit.
 */
public enum RelationFamily {

    /** source host or address -> destination */
    SOURCE_DESTINATION("source_destination", "%s logon from %s to %s") {
        @Override
        public String headName(LoginFeatures login) {
            return known(login.source());
        }

        @Override
        public String tailName(LoginFeatures login) {
            return known(login.destination());
        }

        @Override
        public NodeKind headKind(String name) {
            return NodeKind.ofEntity(name);
        }

        @Override
        public NodeKind tailKind(String name) {
            return NodeKind.ofEntity(name);
        }
    },
    /** user -> destination */
    USER_DESTINATION("user_destination", "%s logon by %s to %s") {
        @Override
        public String headName(LoginFeatures login) {
            return login.user();
        }

        @Override
        public String tailName(LoginFeatures login) {
            return known(login.destination());
        }

        @Override
        public NodeKind headKind(String name) {
            return NodeKind.USER;
        }

        @Override
        public NodeKind tailKind(String name) {
            return NodeKind.ofEntity(name);
        }
    },
    /** source host or address -> user */
    SOURCE_USER("source_user", "%s logon from %s as %s") {
        @Override
        public String headName(LoginFeatures login) {
            return known(login.source());
        }

        @Override
        public String tailName(LoginFeatures login) {
            return login.user();
        }

        @Override
        public NodeKind headKind(String name) {
            return NodeKind.ofEntity(name);
        }

        @Override
        public NodeKind tailKind(String name) {
            return NodeKind.USER;
        }
    };

    /** The login relation that stands for a family's relations too rare to keep (see {@link #otherRelation}). */
    public static final String OTHER = "other";

    private final String settingName;
    private final String description;

    RelationFamily(String settingName, String description) {
        this.settingName = settingName;
        this.description = description;
    }

    /** Its name in a job's settings. */
    public String settingName() {
        return settingName;
    }

    /**
     * An edge of this family in an analyst's words: {@code ntlm/network logon from ws-1 to srv-2}.
     *
     * @param loginRelation the login's relation, without the family
     */
    public String describe(String loginRelation, String headName, String tailName) {
        return description.formatted(loginRelation, headName, tailName);
    }

    public static RelationFamily fromSettingName(String name) {
        for (RelationFamily family : values()) {
            if (family.settingName.equals(name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("no relation family is named [" + name + "]");
    }

    /** The head node's key; null when the login does not name the head. */
    public String head(LoginFeatures login) {
        String name = headName(login);
        return name == null ? null : headKind(name).key(name);
    }

    /** The tail node's key; null when the login does not name the tail. */
    public String tail(LoginFeatures login) {
        String name = tailName(login);
        return name == null ? null : tailKind(name).key(name);
    }

    /** The edge's relation in the graph: the family and the login's relation. */
    public String relation(String loginRelation) {
        return settingName + ":" + loginRelation;
    }

    /** The family of a graph relation, as {@link #relation} names it. */
    public static RelationFamily ofRelation(String relation) {
        int colon = relation.indexOf(':');
        return fromSettingName(colon < 0 ? relation : relation.substring(0, colon));
    }

    /** The relation that stands for this family's rare relations, beyond the cap. */
    public String otherRelation() {
        return relation(OTHER);
    }

    /** The name of the login's head entity, or null when the login names none. */
    public abstract String headName(LoginFeatures login);

    /** The name of the login's tail entity, or null when the login names none. */
    public abstract String tailName(LoginFeatures login);

    /** What the head entity of that name is. */
    public abstract NodeKind headKind(String name);

    /** What the tail entity of that name is. */
    public abstract NodeKind tailKind(String name);

    private static String known(String entity) {
        return LoginFeatures.UNKNOWN_ENTITY.equals(entity) ? null : entity;
    }
}

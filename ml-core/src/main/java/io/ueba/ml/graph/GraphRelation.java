package io.ueba.ml.graph;

import java.util.Arrays;
import java.util.List;

/**
 * What of a login's relation (auth package / logon type, as {@code ueba.features.relation} holds it) an edge's relation
 * is, chosen per job: both parts (as in LANL authentication data), one of them, or none, for logs whose logons are all
 * of one kind. A login with an unknown part keeps {@code unknown} in its place.
 */
public enum GraphRelation {

    AUTH_PACKAGE_AND_LOGON_TYPE("auth_package/logon_type") {
        @Override
        public String of(String loginRelation) {
            return loginRelation;
        }
    },
    AUTH_PACKAGE("auth_package") {
        @Override
        public String of(String loginRelation) {
            int slash = loginRelation.indexOf('/');
            return slash < 0 ? loginRelation : loginRelation.substring(0, slash);
        }
    },
    LOGON_TYPE("logon_type") {
        @Override
        public String of(String loginRelation) {
            int slash = loginRelation.indexOf('/');
            return slash < 0 ? loginRelation : loginRelation.substring(slash + 1);
        }
    },
    NONE("none") {
        @Override
        public String of(String loginRelation) {
            return "any";
        }
    };

    public static final List<String> SETTING_NAMES = Arrays.stream(values()).map(GraphRelation::settingName).toList();

    private final String settingName;

    GraphRelation(String settingName) {
        this.settingName = settingName;
    }

    /** Its name in a job's settings. */
    public String settingName() {
        return settingName;
    }

    /** The edge relation of a login whose relation is {@code loginRelation}. */
    public abstract String of(String loginRelation);

    public static GraphRelation fromSettingName(String name) {
        for (GraphRelation relation : values()) {
            if (relation.settingName.equals(name)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("no graph relation is named [" + name + "]");
    }
}

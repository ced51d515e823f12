package io.ueba.ml.login;

/** The dotted field paths of the login schema. The processor's options default to these. */
public final class EcsFields {

    public static final String TIMESTAMP = "@timestamp";
    public static final String USER_NAME = "user.name";
    public static final String USER_DOMAIN = "user.domain";
    public static final String SOURCE_IP = "source.ip";
    public static final String SOURCE_ADDRESS = "source.address";
    public static final String SOURCE_COUNTRY = "source.geo.country_iso_code";
    public static final String DESTINATION_ADDRESS = "destination.address";
    public static final String DESTINATION_IP = "destination.ip";
    public static final String HOST_NAME = "host.name";
    public static final String EVENT_OUTCOME = "event.outcome";
    public static final String EVENT_CATEGORY = "event.category";
    public static final String EVENT_REASON = "event.reason";
    public static final String AUTH_PACKAGE = "login.auth_package";
    public static final String LOGON_TYPE = "login.logon_type";
    public static final String LABEL_ATTACK = "label.attack";
    public static final String LABEL_SCENARIO = "label.scenario";

    public static final String AUTHENTICATION_CATEGORY = "authentication";

    private EcsFields() {}
}

package io.ueba.ml.login;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of a login is in a document. The ingest processor takes every path as an option, and training reads
 * stored logins with the paths of the processor that indexed them, so both read a login the same way. The defaults
 * are the project's ECS schema. The destination is the first of its paths that the document has.
 */
public record LoginFields(
    String timestamp,
    String user,
    String sourceIp,
    String sourceHost,
    List<String> destination,
    String destinationIp,
    String outcome,
    String authPackage,
    String logonType,
    String sourceGeo
) {

    public static final LoginFields ECS = new LoginFields(
        EcsFields.TIMESTAMP,
        EcsFields.USER_NAME,
        EcsFields.SOURCE_IP,
        EcsFields.SOURCE_ADDRESS,
        List.of(EcsFields.DESTINATION_ADDRESS, EcsFields.HOST_NAME),
        EcsFields.DESTINATION_IP,
        EcsFields.EVENT_OUTCOME,
        EcsFields.AUTH_PACKAGE,
        EcsFields.LOGON_TYPE,
        "source.geo"
    );

    public LoginFields {
        destination = List.copyOf(destination);
    }

    /** Where the source's country is: under the geo object, as geoip writes it. */
    public String sourceCountry() {
        return sourceGeo + ".country_iso_code";
    }

    /** Every path a login is read from, for fetching only those from stored documents. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(timestamp, user, sourceIp, sourceHost, destinationIp, outcome, authPackage, logonType,
            sourceCountry()));
        paths.addAll(destination);
        return paths;
    }
}

package io.ueba.plugin.ingest;

import io.ueba.ml.login.EcsFields;

import java.util.List;

/**
 * Where the processor finds each part of a login in a document. Every path can be set in the processor's options;
 * the defaults are the project's ECS schema. The destination is the first of its paths that the document has.
 */
public record LoginFieldNames(
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

    public static final LoginFieldNames ECS = new LoginFieldNames(
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
}

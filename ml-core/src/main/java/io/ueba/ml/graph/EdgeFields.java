package io.ueba.ml.graph;

import io.ueba.ml.features.EntityNames;

import java.util.List;

/**
 * The login fields a group of logins shares, as the index holds them, and the edge they make, named as the models
 * name a login's entities ({@link EntityNames}): the source host, else the source IP; the first destination field
 * that has a value (the reader's rule: {@code destination.address}, else {@code host.name}), else the destination IP;
 * auth package / logon type. A blank value counts as none, as the reader takes it.
 *
 * @param destinationHosts the destination's host fields, in the order they are tried; a missing one is null
 */
public record EdgeFields(
    String sourceHost,
    String sourceIp,
    List<String> destinationHosts,
    String destinationIp,
    String authPackage,
    String logonType
) {

    public EdgeFields {
        destinationHosts = destinationHosts.stream().map(host -> host == null ? "" : host).toList();
    }

    public String source() {
        return EntityNames.endpoint(sourceHost, sourceIp);
    }

    public String target() {
        String host = destinationHosts.stream().filter(value -> value.isBlank() == false).findFirst().orElse(null);
        return EntityNames.endpoint(host, destinationIp);
    }

    public String relation() {
        return EntityNames.relation(authPackage, logonType);
    }
}

package io.ueba.ml.login;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One authentication event in the project's schema, which follows ECS. Every reader of a log format produces these;
 * {@link EcsLoginDocument} turns one into the document that is indexed. Optional fields are null when a format does
 * not carry them.
 *
 * @param timestamp          {@code @timestamp}
 * @param user               {@code user.name}
 * @param userDomain         {@code user.domain}
 * @param sourceIp           {@code source.ip}
 * @param sourceHost         {@code source.address}: the host the login came from, when logs name it
 * @param sourceCountry      {@code source.geo.country_iso_code}: where the source address is, from the log or from a
 *                           geoip processor at ingest
 * @param destinationHost    {@code destination.address}: the host logged in to
 * @param destinationIp      {@code destination.ip}
 * @param outcome            {@code event.outcome}
 * @param authPackage        {@code login.auth_package}: NTLM, Kerberos, Negotiate, password, publickey...
 * @param logonType          {@code login.logon_type}: Network, Interactive, RemoteInteractive...
 * @param failureReason      {@code event.reason}, for failed logins
 * @param label              ground truth, null when the dataset has none
 * @param attributes         further fields of the login's document that a model reads, by path, as
 *                           {@link LoginAttributes} reads them; empty unless a model in use asks for some
 */
public record LoginEvent(
    Instant timestamp,
    String user,
    String userDomain,
    String sourceIp,
    String sourceHost,
    String sourceCountry,
    String destinationHost,
    String destinationIp,
    LoginOutcome outcome,
    String authPackage,
    String logonType,
    String failureReason,
    LoginLabel label,
    Map<String, String> attributes
) {

    public LoginEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(outcome, "outcome");
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }

    /** A login read from the schema's fields alone. */
    public LoginEvent(
        Instant timestamp,
        String user,
        String userDomain,
        String sourceIp,
        String sourceHost,
        String sourceCountry,
        String destinationHost,
        String destinationIp,
        LoginOutcome outcome,
        String authPackage,
        String logonType,
        String failureReason,
        LoginLabel label
    ) {
        this(timestamp, user, userDomain, sourceIp, sourceHost, sourceCountry, destinationHost, destinationIp, outcome, authPackage, logonType,
            failureReason, label, Map.of());
    }

    /** A login from a log that says nothing of where its source address is. */
    public LoginEvent(
        Instant timestamp,
        String user,
        String userDomain,
        String sourceIp,
        String sourceHost,
        String destinationHost,
        String destinationIp,
        LoginOutcome outcome,
        String authPackage,
        String logonType,
        String failureReason,
        LoginLabel label
    ) {
        this(timestamp, user, userDomain, sourceIp, sourceHost, null, destinationHost, destinationIp, outcome, authPackage, logonType,
            failureReason, label);
    }

    /** A copy carrying the given ground truth. */
    public LoginEvent withLabel(LoginLabel newLabel) {
        return new LoginEvent(
            timestamp, user, userDomain, sourceIp, sourceHost, sourceCountry, destinationHost, destinationIp,
            outcome, authPackage, logonType, failureReason, newLabel, attributes
        );
    }

    /** A copy carrying these further fields of its document. */
    public LoginEvent withAttributes(Map<String, String> newAttributes) {
        return new LoginEvent(
            timestamp, user, userDomain, sourceIp, sourceHost, sourceCountry, destinationHost, destinationIp,
            outcome, authPackage, logonType, failureReason, label, newAttributes
        );
    }
}

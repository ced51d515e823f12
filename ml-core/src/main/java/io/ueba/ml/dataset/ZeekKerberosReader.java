package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * Zeek's {@code kerberos.log}, TSV or JSON (see {@link ZeekLogReader}): one line per AS or TGS exchange seen on the
 * wire, so logins are read without an agent on the hosts. A line maps to a login as follows:
 * <ul>
 * <li>the user is the client principal's name and the domain its realm. Zeek writes the client {@code name/REALM};
 * {@code name@REALM}, as other writers have it, is read too. A client that names no one (unset, {@code /REALM}, or a
 * bare realm, which Zeek writes for an error that gives only the client's realm) makes the line skipped;</li>
 * <li>the source is the originator, {@code id.orig_h};</li>
 * <li>the destination is the host of the service principal, the part after the service class, without a realm or
 * port, by its short name as Windows events give it ({@link ComputerNames}: {@code cifs/srv01.corp.local:445@CORP.LOCAL}
 * is {@code srv01}). For {@code krbtgt/...}, a
 * ticket-granting ticket asked of the KDC, and for a service that names no host, it is the responder, the KDC, by
 * its address {@code id.resp_h};</li>
 * <li>the outcome is {@code success} (unknown when unset), with {@code error_msg} as the reason of a failure;</li>
 * <li>the relation is {@code kerberos} with the request type and, when known, the ticket's cipher as the logon type:
 * {@code TGS rc4-hmac}. The cipher belongs in it since an RC4 ticket where AES is the norm is how Kerberoasting shows.
 * The request type is written upper case and the cipher lower case, as Zeek spells them, whatever case the log has,
 * so that one relation has one spelling in the index.</li>
 * </ul>
 */
public final class ZeekKerberosReader extends ZeekLogReader {

    private static final String AUTH_PACKAGE = "kerberos";
    private static final String TICKET_GRANTING_SERVICE = "krbtgt";

    /** A client principal: its name and realm (null when it has none). */
    private record Principal(String name, String realm) {

        /** The principal a client field names; null when it names no one. */
        static Principal parse(String client) {
            int at = client.lastIndexOf('@');
            int split = at >= 0 ? at : client.lastIndexOf('/');
            if (split <= 0) {
                return null;
            }
            String realm = client.substring(split + 1).trim();
            return new Principal(client.substring(0, split).trim(), realm.isEmpty() ? null : realm);
        }
    }

    public ZeekKerberosReader(Reader in) {
        super(in, List.of("ts", "id.orig_h", "id.resp_h", "request_type", "client", "service", "success"));
    }

    @Override
    protected ParsedLine read(long line, ZeekRow row) {
        String client = row.text("client");
        Principal principal = client == null ? null : Principal.parse(client);
        if (principal == null) {
            return new ParsedLine.Skipped(line, client == null ? "no client principal" : "client names no principal: [" + Columns.abbreviate(client) + "]");
        }
        String serviceHost = ComputerNames.shortName(serviceHost(row.text("service")));
        String kdc = serviceHost == null ? row.required("id.resp_h") : null;
        LoginOutcome outcome = outcome(row.bool("success"));
        LoginEvent event = new LoginEvent(
            row.time("ts"),
            principal.name(),
            principal.realm(),
            row.required("id.orig_h"),
            null,
            serviceHost == null ? kdc : serviceHost,
            kdc,
            outcome,
            AUTH_PACKAGE,
            logonType(row.text("request_type"), row.text("cipher")),
            outcome == LoginOutcome.FAILURE ? row.text("error_msg") : null,
            null
        );
        return new ParsedLine.Login(line, event);
    }

    /** The host a service principal names; null for the ticket-granting service and for one that names no host. */
    static String serviceHost(String service) {
        if (service == null) {
            return null;
        }
        int at = service.indexOf('@');
        String name = at < 0 ? service : service.substring(0, at);
        int slash = name.indexOf('/');
        if (slash < 0 || name.substring(0, slash).trim().equalsIgnoreCase(TICKET_GRANTING_SERVICE)) {
            return null;
        }
        String host = name.substring(slash + 1);
        // Further components name no host: ldap/dc1.corp.local/corp.local is dc1's LDAP service for the domain.
        host = cutAt(cutAt(host, '/'), ':').trim();
        return host.isEmpty() ? null : host;
    }

    private static String cutAt(String text, char end) {
        int index = text.indexOf(end);
        return index < 0 ? text : text.substring(0, index);
    }

    private static String logonType(String requestType, String cipher) {
        String type = requestType == null ? null : requestType.toUpperCase(Locale.ROOT);
        String cipherName = cipher == null ? null : cipher.toLowerCase(Locale.ROOT);
        if (type == null || cipherName == null) {
            return type == null ? cipherName : type;
        }
        return type + " " + cipherName;
    }

    private static LoginOutcome outcome(Boolean success) {
        if (success == null) {
            return LoginOutcome.UNKNOWN;
        }
        return success ? LoginOutcome.SUCCESS : LoginOutcome.FAILURE;
    }
}

package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;

import java.time.Instant;

/** Builds the kinds of login the demo produces, and the vocabulary they use. All are benign until relabelled. */
final class LoginEvents {

    static final String NETWORK = "Network";
    static final String INTERACTIVE = "Interactive";
    static final String REMOTE_INTERACTIVE = "RemoteInteractive";
    static final String WEB = "web";

    static final String KERBEROS = "Kerberos";
    static final String NTLM = "NTLM";
    static final String NEGOTIATE = "Negotiate";
    static final String PASSWORD = "password";

    static final String BAD_PASSWORD = "bad_password";
    static final String UNKNOWN_USER = "unknown_user";
    static final String ACCOUNT_LOCKED = "account_locked";

    private LoginEvents() {}

    /** Access to a share or service from another machine. */
    static LoginEvent network(Instant at, String user, Host source, String sourceIp, Host destination, String authPackage) {
        return success(at, user, sourceIp, source.name(), destination, authPackage, NETWORK);
    }

    /** Someone at the keyboard of a workstation: a logon or an unlock. */
    static LoginEvent interactive(Instant at, String user, Host workstation) {
        return success(at, user, workstation.ip(), workstation.name(), workstation, KERBEROS, INTERACTIVE);
    }

    /** An RDP session. */
    static LoginEvent remoteInteractive(Instant at, String user, Host source, String sourceIp, Host destination) {
        return success(at, user, sourceIp, source.name(), destination, NEGOTIATE, REMOTE_INTERACTIVE);
    }

    /** A sign-in with a password to a web portal or the VPN gateway, from a public address; no client name is logged. */
    static LoginEvent web(Instant at, String user, String publicIp, Host portal) {
        return success(at, user, publicIp, null, portal, PASSWORD, WEB);
    }

    /** The same attempt failing, at another time and possibly under another (mistyped) user name. */
    static LoginEvent failed(LoginEvent attempt, Instant at, String user, String reason) {
        return new LoginEvent(
            at, user, attempt.userDomain(), attempt.sourceIp(), attempt.sourceHost(), attempt.sourceCountry(), attempt.destinationHost(),
            attempt.destinationIp(), LoginOutcome.FAILURE, attempt.authPackage(), attempt.logonType(), reason, attempt.label()
        );
    }

    private static LoginEvent success(
        Instant at, String user, String sourceIp, String sourceHost, Host destination, String authPackage, String logonType
    ) {
        return new LoginEvent(
            at, user, Infrastructure.DOMAIN, sourceIp, sourceHost, destination.name(), destination.ip(),
            LoginOutcome.SUCCESS, authPackage, logonType, null, LoginLabel.BENIGN
        );
    }
}

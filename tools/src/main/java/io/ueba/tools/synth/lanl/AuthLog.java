package io.ueba.tools.synth.lanl;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The auth.txt lines of the simulation, in the shapes Windows logs them: a logon is a {@code LogOn} line, preceded by
 * its Kerberos ticket line and followed by its {@code LogOff} when the session ends. Only {@code LogOn} lines are
 * logins to the readers; the others make the file look like LANL's and are skipped.
 */
final class AuthLog {

    static final String DOMAIN = "DOM1";
    static final String KERBEROS = "Kerberos";
    static final String NTLM = "NTLM";
    static final String NEGOTIATE = "Negotiate";
    static final String UNKNOWN = "?";
    static final String NETWORK = "Network";
    static final String INTERACTIVE = "Interactive";
    static final String REMOTE_INTERACTIVE = "RemoteInteractive";
    static final String UNLOCK = "Unlock";
    static final String BATCH = "Batch";
    static final String SERVICE = "Service";
    static final String LOG_ON = "LogOn";
    static final String LOG_OFF = "LogOff";
    static final String TGS = "TGS";
    static final String TGT = "TGT";

    private final List<AuthEvent> events = new ArrayList<>();
    private final List<Computer> domainControllers;

    AuthLog(List<Computer> domainControllers) {
        this.domainControllers = List.copyOf(domainControllers);
    }

    List<AuthEvent> events() {
        return events;
    }

    /** The domain controller a machine asks for its tickets: one per machine, always the same. */
    Computer domainController(Computer client) {
        return domainControllers.get(Math.floorMod(client.name().hashCode(), domainControllers.size()));
    }

    /** Access to a share or service from another machine: a service ticket first when Kerberos, then the logon. */
    AuthEvent network(long time, String account, Computer source, Computer destination, String auth, RandomGenerator rng) {
        if (KERBEROS.equals(auth)) {
            add(new AuthEvent(Math.max(1, time - 1), account, account, source.name(), source.name(), KERBEROS, UNKNOWN, TGS, true));
        }
        AuthEvent logon = logOn(time, account, source, destination, auth, NETWORK, true);
        logOff(time + 5 + rng.nextInt(900), account, destination, NETWORK);
        return logon;
    }

    /** Someone at the keyboard: a ticket-granting ticket from the domain controller, then the logon. */
    void interactive(long time, String account, Computer machine, RandomGenerator rng) {
        add(new AuthEvent(Math.max(1, time - 1), account, account, machine.name(), domainController(machine).name(), KERBEROS, UNKNOWN, TGT, true));
        logOn(time, account, machine, machine, NEGOTIATE, INTERACTIVE, true);
    }

    void unlock(long time, String account, Computer machine) {
        logOn(time, account, machine, machine, NEGOTIATE, UNLOCK, true);
    }

    /** A remote desktop session, which lasts a while. */
    void remoteInteractive(long time, String account, Computer source, Computer destination, RandomGenerator rng) {
        logOn(time, account, source, destination, NEGOTIATE, REMOTE_INTERACTIVE, true);
        logOff(time + 600 + rng.nextInt(7200), account, destination, REMOTE_INTERACTIVE);
    }

    /** A logon that failed: a mistyped or stale password. */
    void failure(long time, String account, Computer source, Computer destination, String auth, String logonType) {
        logOn(time, account, source, destination, auth, logonType, false);
    }

    /** A machine's own account or a service starting: a logon on the machine itself. */
    void local(long time, String sourceAccount, String destinationAccount, Computer machine, String logonType) {
        add(new AuthEvent(time, sourceAccount, destinationAccount, machine.name(), machine.name(), NEGOTIATE, logonType, LOG_ON, true));
    }

    /** A null session: NTLM with no credentials, named after the machine it reaches. */
    void anonymous(long time, Computer source, Computer destination) {
        String account = "ANONYMOUS LOGON@" + destination.name();
        add(new AuthEvent(time, account, account, source.name(), destination.name(), NTLM, NETWORK, LOG_ON, true));
    }

    private AuthEvent logOn(long time, String account, Computer source, Computer destination, String auth, String logonType, boolean success) {
        AuthEvent logon = new AuthEvent(time, account, account, source.name(), destination.name(), auth, logonType, LOG_ON, success);
        add(logon);
        return logon;
    }

    private void logOff(long time, String account, Computer destination, String logonType) {
        add(new AuthEvent(time, account, account, destination.name(), destination.name(), UNKNOWN, logonType, LOG_OFF, true));
    }

    private void add(AuthEvent event) {
        events.add(event);
    }
}

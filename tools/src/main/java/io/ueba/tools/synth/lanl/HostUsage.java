package io.ueba.tools.synth.lanl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the benign logons say of the machines, for the red team: which machines each account ever logged on from or
 * to, and whose credentials a machine holds at a time (those who logged on at it interactively in the days before,
 * as Mimikatz would find them).
 */
final class HostUsage {

    /** How long a session's credentials stay in a machine's memory. */
    static final long CREDENTIALS_KEPT = 7 * LanlClock.DAY;

    private record Session(long time, String account) {}

    private final Map<String, Set<String>> machinesByAccount = new HashMap<>();
    private final Map<String, List<Session>> sessionsByMachine = new HashMap<>();

    /**
     * @param events     the benign lines, in time order
     * @param worthTaking the accounts whose credentials an attacker would take: people's and services'
     */
    static HostUsage of(List<AuthEvent> events, Set<String> worthTaking) {
        HostUsage usage = new HostUsage();
        for (AuthEvent event : events) {
            if (event.logOn() == false) {
                continue;
            }
            Set<String> machines = usage.machinesByAccount.computeIfAbsent(event.sourceUser(), account -> new HashSet<>());
            machines.add(event.source());
            machines.add(event.destination());
            boolean interactive = switch (event.logonType()) {
                case AuthLog.INTERACTIVE, AuthLog.REMOTE_INTERACTIVE, AuthLog.UNLOCK -> true;
                default -> false;
            };
            if (interactive && event.success() && worthTaking.contains(event.sourceUser())) {
                usage.sessionsByMachine.computeIfAbsent(event.destination(), machine -> new ArrayList<>()).add(new Session(event.time(), event.sourceUser()));
            }
        }
        return usage;
    }

    /** Whether the account ever logged on from or to the machine, in the whole period. */
    boolean used(String account, Computer machine) {
        return machinesByAccount.getOrDefault(account, Set.of()).contains(machine.name());
    }

    /** The accounts with an interactive session at the machine in the week up to a time, first come first. */
    Set<String> credentialsOn(Computer machine, long time) {
        Set<String> accounts = new LinkedHashSet<>();
        for (Session session : sessionsByMachine.getOrDefault(machine.name(), List.of())) {
            if (session.time() > time) {
                break;
            }
            if (session.time() >= time - CREDENTIALS_KEPT) {
                accounts.add(session.account());
            }
        }
        return accounts;
    }
}

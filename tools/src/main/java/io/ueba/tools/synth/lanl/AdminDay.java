package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Draws;

import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.lanl.LanlClock.at;

/**
 * A day of the help desk and the server admins, whose work is to log in where they never have: the help desk to
 * people's machines (remote management, remote desktop, a visit at the desk) and to machines that are new, the
 * admins to servers, directly or through a jump server, and on from one server to the next.
 */
final class AdminDay {

    private static final double ABSENT = 0.05;
    private static final double ON_CALL = 0.25;

    private final ComputerInventory inventory;
    private final List<Computer> servers;

    AdminDay(ComputerInventory inventory) {
        this.inventory = inventory;
        this.servers = inventory.all().stream().filter(computer -> computer.role().server()).toList();
    }

    void simulate(Person person, int day, RandomGenerator rng, AuthLog log) {
        boolean weekend = LanlClock.weekend(day);
        if (weekend ? person.weekends() == false || rng.nextDouble() >= ON_CALL : rng.nextDouble() < ABSENT) {
            return;
        }
        double start = weekend ? 9 + rng.nextDouble() * 8 : person.startHour() + rng.nextGaussian(0, 0.4);
        double length = weekend ? 1 + rng.nextDouble() * 2 : Math.max(3, person.hours() + rng.nextGaussian(0, 0.6));
        Computer workstation = person.homeOn(day);
        log.interactive(at(day, start), person.account(), workstation, rng);
        for (int n = Draws.poisson(rng, weekend ? 1 : 3); n > 0; n--) {
            log.unlock(at(day, start + rng.nextDouble() * length), person.account(), workstation);
        }
        for (Computer server : person.serversOn(day)) {
            for (int n = Draws.poisson(rng, weekend ? 1 : 3); n > 0; n--) {
                log.network(at(day, start + rng.nextDouble() * length), person.account(), workstation, server, AuthLog.KERBEROS, rng);
            }
        }
        if (person.kind() == Person.Kind.HELP_DESK) {
            List<Computer> clients = inventory.clientsOn(day);
            for (int n = weekend ? 1 + Draws.poisson(rng, 1) : 4 + Draws.poisson(rng, 5); n > 0; n--) {
                ticket(person, Draws.pick(rng, clients), at(day, start + 0.2 + rng.nextDouble() * (length - 0.2)), rng, log);
            }
        } else {
            for (int n = weekend ? 1 : 2 + Draws.poisson(rng, 3); n > 0; n--) {
                serverSession(person, at(day, start + 0.2 + rng.nextDouble() * (length - 0.2)), day, rng, log);
            }
        }
    }

    /** A new machine's first day: a help desk person logs on at it, and it reaches the deployment server. */
    void setUp(Person helpDesk, Computer machine, int day, RandomGenerator rng, AuthLog log) {
        long time = at(day, 9 + rng.nextDouble() * 3);
        log.interactive(time, helpDesk.account(), machine, rng);
        log.network(time + 120, helpDesk.account(), machine, inventory.withRole(Role.MANAGEMENT_SERVER).getFirst(), AuthLog.KERBEROS, rng);
        log.network(time + 1800, helpDesk.account(), helpDesk.home(), machine, AuthLog.NTLM, rng);
    }

    /** One ticket: remote management, a remote desktop, or a visit at the desk, and what the fix reaches from there. */
    private void ticket(Person person, Computer target, long time, RandomGenerator rng, AuthLog log) {
        String account = person.account();
        Computer workstation = person.home();
        double how = rng.nextDouble();
        if (how < 0.5) {
            for (int n = 1 + rng.nextInt(2); n > 0; n--) {
                log.network(time, account, workstation, target, rng.nextDouble() < 0.4 ? AuthLog.NTLM : AuthLog.KERBEROS, rng);
                time += 60 + rng.nextInt(900);
            }
            return;
        }
        if (how < 0.8) {
            log.remoteInteractive(time, account, workstation, target, rng);
        } else {
            log.interactive(time, account, target, rng);
        }
        if (rng.nextDouble() < 0.6) {
            double where = rng.nextDouble();
            Computer server = where < 0.5 || target.department() == Computer.SHARED
                ? inventory.withRole(Role.MANAGEMENT_SERVER).getFirst()
                : inventory.departmentServer(where < 0.8 ? Role.FILE_SERVER : Role.APP_SERVER, target.department());
            log.network(time + 60 + rng.nextInt(600), account, target, server, rng.nextDouble() < 0.3 ? AuthLog.NTLM : AuthLog.KERBEROS, rng);
        }
    }

    /** A server admin's session: a remote desktop to a server, directly or from a jump server, then on to others. */
    private void serverSession(Person person, long time, int day, RandomGenerator rng, AuthLog log) {
        List<Computer> own = person.machinesOn(day);
        Computer server = rng.nextDouble() < 0.8 && own.isEmpty() == false ? Draws.pick(rng, own) : Draws.pick(rng, servers);
        if (server.activeOn(day) == false) {
            return;
        }
        String account = person.account();
        if (rng.nextDouble() < 0.4) {
            Computer jump = Draws.pick(rng, inventory.withRole(Role.JUMP_SERVER));
            log.remoteInteractive(time, account, person.home(), jump, rng);
            log.network(time + 30 + rng.nextInt(300), account, jump, server, adminAuth(rng), rng);
            return;
        }
        log.remoteInteractive(time, account, person.home(), server, rng);
        for (int n = Draws.poisson(rng, 1); n > 0 && own.isEmpty() == false; n--) {
            Computer next = Draws.pick(rng, own);
            if (next != server) {
                log.network(time + 60 + rng.nextInt(1800), account, server, next, adminAuth(rng), rng);
            }
        }
    }

    private static String adminAuth(RandomGenerator rng) {
        return rng.nextDouble() < 0.15 ? AuthLog.NTLM : AuthLog.KERBEROS;
    }
}

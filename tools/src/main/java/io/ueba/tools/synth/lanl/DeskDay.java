package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Draws;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.lanl.LanlClock.at;

/**
 * A day of a person who works at a desk (office, roaming and hot-desk people): where they sit, their logon and
 * unlocks there, their network logons to their usual servers, and the benign noise of a real site: a first visit to
 * a server they never used, a lab machine, a colleague's machine, a remote desktop, a mistyped or stale password.
 */
final class DeskDay {

    private static final double ABSENT = 0.06;
    private static final double WEEKEND_SHIFT = 0.3;
    private static final double FIRST_VISIT = 0.04;
    private static final double LAB_VISIT = 0.03;
    private static final double STRANGER_MACHINE = 0.05;
    private static final double TERMINAL_SERVER = 0.25;
    private static final double EVENING = 0.05;
    private static final double MISTYPED = 0.02;
    private static final double NETWORK_FAILURE = 0.005;
    private static final double STALE_PASSWORD = 0.002;
    /** Network logons that fall back to NTLM (a share reached by address, an old client) where Kerberos is the rule. */
    private static final double NTLM_FALLBACK = 0.03;

    private final ComputerInventory inventory;
    /** Servers anyone might visit once: the shared ones and every department's. */
    private final List<Computer> visitable;

    DeskDay(ComputerInventory inventory) {
        this.inventory = inventory;
        this.visitable = inventory.all().stream().filter(computer -> switch (computer.role()) {
            case FILE_SERVER, APP_SERVER, DB_SERVER, PRINT_SERVER, WEB_SERVER, LEGACY_SERVER, MAIL_SERVER -> true;
            default -> false;
        }).toList();
    }

    void simulate(Person person, int day, RandomGenerator rng, AuthLog log) {
        if (person.employedOn(day) == false) {
            return;
        }
        double start;
        double length;
        double busy;
        if (LanlClock.weekend(day)) {
            if (person.weekends() == false || rng.nextDouble() >= WEEKEND_SHIFT) {
                return;
            }
            start = 9 + rng.nextDouble() * 7;
            length = 1 + rng.nextDouble() * 3;
            busy = 0.4;
        } else {
            if (rng.nextDouble() < ABSENT) {
                return;
            }
            start = person.startHour() + rng.nextGaussian(0, 0.4);
            length = Math.max(2, person.hours() + rng.nextGaussian(0, 0.6));
            busy = 1;
        }
        List<Computer> seats = seats(person, day, rng);
        double slice = length / seats.size();
        for (int i = 0; i < seats.size(); i++) {
            double from = start + i * slice;
            sit(person, seats.get(i), day, from, from + slice, busy * slice / length, rng, log);
        }
        Computer main = seats.getFirst();
        if (rng.nextDouble() < FIRST_VISIT * busy) {
            Computer server = Draws.pick(rng, visitable);
            if (server.activeOn(day) && person.serversOn(day).contains(server) == false) {
                for (int n = 1 + Draws.poisson(rng, 1); n > 0; n--) {
                    log.network(at(day, start + rng.nextDouble() * length), person.account(), main, server, auth(server, rng), rng);
                }
            }
        }
        if (person.kind() == Person.Kind.ROAMING && rng.nextDouble() < TERMINAL_SERVER) {
            Computer terminal = Draws.pick(rng, inventory.withRole(Role.TERMINAL_SERVER));
            double at = start + rng.nextDouble() * length;
            log.remoteInteractive(at(day, at), person.account(), main, terminal, rng);
            for (int n = 1 + rng.nextInt(3); n > 0; n--) {
                at += rng.nextDouble() * 0.5;
                log.network(at(day, at), person.account(), terminal, person.serversOn(day).getFirst(), AuthLog.KERBEROS, rng);
            }
        }
        if (rng.nextDouble() < EVENING) {
            double at = 19 + rng.nextDouble() * 4;
            log.unlock(at(day, at), person.account(), main);
            log.network(at(day, at + 0.05), person.account(), main, Draws.pick(rng, person.serversOn(day)), AuthLog.KERBEROS, rng);
        }
        if (rng.nextDouble() < STALE_PASSWORD) {
            // A drive mapped with an old password: the same failure, over and over, until someone notices.
            Computer share = person.serversOn(day).getFirst();
            double at = start + rng.nextDouble() * length;
            for (int n = 5 + rng.nextInt(16); n > 0; n--) {
                at += rng.nextDouble() * 0.1;
                log.failure(at(day, at), person.account(), main, share, AuthLog.NTLM, AuthLog.NETWORK);
            }
        }
    }

    /** Where they sit today, the main machine first. */
    private List<Computer> seats(Person person, int day, RandomGenerator rng) {
        List<Computer> seats = new ArrayList<>();
        List<Computer> machines = person.machinesOn(day);
        switch (person.kind()) {
            case ROAMING -> {
                double where = rng.nextDouble();
                if (where < 0.6 || machines.isEmpty()) {
                    seats.add(person.homeOn(day));
                } else {
                    seats.addAll(Draws.sample(rng, machines, 1 + rng.nextInt(2)));
                    if (where < 0.75) {
                        seats.add(person.homeOn(day));
                    }
                }
                if (rng.nextDouble() < STRANGER_MACHINE) {
                    seats.add(Draws.pick(rng, inventory.clientsOn(day)));
                }
            }
            case HOT_DESK -> {
                double where = rng.nextDouble();
                if (where < 0.03) {
                    seats.add(Draws.pick(rng, Draws.pick(rng, inventory.floors())));
                } else {
                    seats.add(machines.get(where < 0.75 ? 0 : where < 0.92 ? Math.min(1, machines.size() - 1) : rng.nextInt(machines.size())));
                }
            }
            default -> {
                seats.add(person.homeOn(day));
                if (machines.isEmpty() == false && rng.nextDouble() < LAB_VISIT) {
                    seats.add(Draws.pick(rng, machines));
                }
            }
        }
        return seats;
    }

    /** A stretch at one machine: the logon, unlocks, and the network logons of its share of the day. */
    private void sit(Person person, Computer seat, int day, double from, double to, double share, RandomGenerator rng, AuthLog log) {
        String account = person.account();
        if (rng.nextDouble() < MISTYPED) {
            log.failure(at(day, from - 0.01), account, seat, seat, AuthLog.NEGOTIATE, AuthLog.INTERACTIVE);
        }
        log.interactive(at(day, from), account, seat, rng);
        for (int n = Draws.poisson(rng, 3 * share); n > 0; n--) {
            log.unlock(at(day, from + rng.nextDouble() * (to - from)), account, seat);
        }
        for (Computer server : person.serversOn(day)) {
            for (int n = Draws.poisson(rng, rate(server.role()) * share); n > 0; n--) {
                long time = at(day, from + 0.05 + rng.nextDouble() * (to - from));
                String auth = auth(server, rng);
                if (rng.nextDouble() < NETWORK_FAILURE) {
                    log.failure(time - 2, account, seat, server, auth, AuthLog.NETWORK);
                }
                log.network(time, account, seat, server, auth, rng);
            }
        }
    }

    /** Network logons a day to a server of the role. */
    private static double rate(Role role) {
        return switch (role) {
            case FILE_SERVER -> 5;
            case MAIL_SERVER, APP_SERVER -> 3;
            case DB_SERVER, LEGACY_SERVER -> 2;
            case WEB_SERVER -> 1.5;
            case PRINT_SERVER -> 0.6;
            default -> 1;
        };
    }

    static String auth(Computer server, RandomGenerator rng) {
        return server.role() == Role.LEGACY_SERVER || rng.nextDouble() < NTLM_FALLBACK ? AuthLog.NTLM : AuthLog.KERBEROS;
    }
}

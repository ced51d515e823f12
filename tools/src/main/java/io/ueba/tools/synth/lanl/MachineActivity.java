package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Draws;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.lanl.LanlClock.at;

/**
 * What runs with nobody at the keyboard, around the clock: each machine's own account renewing its tickets at a
 * domain controller, starting its services and running its scheduled tasks, null sessions (ANONYMOUS LOGON over NTLM), and the service accounts'
 * high-volume network logons (backups at night, monitoring, software deployment, applications to their databases).
 * Most of auth.txt, and the most regular part of it.
 */
final class MachineActivity {

    private final ComputerInventory inventory;
    private final Staff staff;
    /** Per computer, in inventory order: how many null sessions a day it opens, and to where. */
    private final double[] anonymousRates;
    private final List<Computer> anonymousTargets;

    MachineActivity(ComputerInventory inventory, Staff staff, RandomGenerator rng) {
        this.inventory = inventory;
        this.staff = staff;
        List<Computer> all = inventory.all();
        this.anonymousRates = new double[all.size()];
        this.anonymousTargets = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Computer computer = all.get(i);
            // Few machines open null sessions, some often, most rarely: many open their first one only late.
            anonymousRates[i] = rng.nextDouble() < 0.3 ? -Math.log(1 - rng.nextDouble()) * 0.3 : 0;
            anonymousTargets.add(computer.department() == Computer.SHARED || rng.nextDouble() < 0.6
                ? Draws.pick(rng, inventory.domainControllers())
                : inventory.departmentServer(Role.FILE_SERVER, computer.department()));
        }
    }

    void simulate(int day, RandomGenerator rng, AuthLog log) {
        List<Computer> all = inventory.all();
        for (int i = 0; i < all.size(); i++) {
            Computer computer = all.get(i);
            if (computer.activeOn(day) == false) {
                continue;
            }
            String account = computer.account();
            Computer controller = log.domainController(computer);
            for (int n = Draws.poisson(rng, computer.role().server() ? 6 : 3); n > 0; n--) {
                log.network(at(day, rng.nextDouble() * 24), account, computer, controller, AuthLog.KERBEROS, rng);
            }
            if (rng.nextDouble() < 0.3) {
                log.local(at(day, rng.nextDouble() * 24), account, "SYSTEM@" + computer.name(), computer, AuthLog.SERVICE);
            }
            if (computer.role().server() && rng.nextDouble() < 0.5) {
                log.local(at(day, rng.nextDouble() * 24), account, account, computer, AuthLog.BATCH);
            }
            for (int n = Draws.poisson(rng, anonymousRates[i]); n > 0; n--) {
                log.anonymous(at(day, 7 + rng.nextDouble() * 12), computer, anonymousTargets.get(i));
            }
        }
        for (ServiceAccount service : staff.services()) {
            serve(service, day, rng, log);
        }
    }

    private static void serve(ServiceAccount service, int day, RandomGenerator rng, AuthLog log) {
        String account = service.account();
        Computer source = service.source();
        switch (service.kind()) {
            case BACKUP -> service.targets().stream().filter(target -> target.activeOn(day) && target != source).forEach(target ->
                log.network(at(day, 1 + rng.nextDouble() * 4), account, source, target, DeskDay.auth(target, rng), rng));
            case MONITORING -> {
                for (int round = 0; round < 4; round++) {
                    double hour = round * 6 + rng.nextDouble();
                    service.targets().stream().filter(target -> target.activeOn(day) && target != source).forEach(target ->
                        log.network(at(day, hour + rng.nextDouble() * 0.2), account, source, target, AuthLog.KERBEROS, rng));
                }
            }
            case DEPLOYMENT -> service.targets().stream().filter(target -> target.activeOn(day) && rng.nextDouble() < 0.7).forEach(target ->
                log.network(at(day, 6 + rng.nextDouble() * 14), account, source, target, AuthLog.KERBEROS, rng));
            case DATABASE -> {
                Computer database = service.targets().getFirst();
                for (int n = Draws.poisson(rng, LanlClock.weekend(day) ? 10 : 40); n > 0; n--) {
                    double hour = rng.nextDouble() < 0.8 ? 7 + rng.nextDouble() * 11 : rng.nextDouble() * 24;
                    log.network(at(day, hour), account, source, database, AuthLog.KERBEROS, rng);
                }
            }
        }
    }
}

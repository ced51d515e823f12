package io.ueba.tools.synth;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Draws one user after another: site, department, machines, servers, habits. */
final class UserProfiles {

    private static final double SECOND_WORKSTATION = 0.35;
    private static final double SECOND_HOME_IP = 0.3;
    private static final double OTHER_DEPARTMENT_SHARE = 0.25;
    private static final double LEGACY_APP_USER = 0.15;
    private static final double NIGHT_SHIFT_IN_OPERATIONS = 0.4;
    private static final double MAX_REMOTE_SHARE = 0.6;

    private final Infrastructure infrastructure;
    private final RandomGenerator rng;
    private final UserNames names = new UserNames();
    private int workstationsIssued;

    UserProfiles(Infrastructure infrastructure, RandomGenerator rng) {
        this.infrastructure = infrastructure;
        this.rng = rng;
    }

    SyntheticUser next(int index) {
        Site site = infrastructure.drawSite(rng);
        Department department = Draws.weighted(rng, Arrays.asList(Department.values()), Department::share);
        List<Host> rdpServers = department == Department.IT ? rdpServers() : List.of();
        return new SyntheticUser(
            index,
            names.next(site.country(), rng),
            department,
            site,
            workstations(site),
            usualServers(department),
            rdpServers,
            homeIps(site),
            department == Department.OPERATIONS && rng.nextDouble() < NIGHT_SHIFT_IN_OPERATIONS ? nightShift() : dayShift(),
            rng.nextDouble() * MAX_REMOTE_SHARE,
            6 + rng.nextDouble() * 10 + (rdpServers.isEmpty() ? 0 : 4)
        );
    }

    private List<Host> workstations(Site site) {
        int count = rng.nextDouble() < SECOND_WORKSTATION ? 2 : 1;
        List<Host> workstations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = ++workstationsIssued;
            workstations.add(new Host(String.format(Locale.ROOT, "WS-%04d", number), site.workstationAddress(number)));
        }
        return workstations;
    }

    private List<Host> usualServers(Department department) {
        List<Host> servers = new ArrayList<>();
        servers.add(infrastructure.fileServer(department));
        servers.add(Draws.pick(rng, infrastructure.mailServers()));
        servers.addAll(Draws.sample(rng, infrastructure.appServers(department), 1 + rng.nextInt(2)));
        if (department == Department.FINANCE) {
            servers.add(infrastructure.databaseServers().get(0));
        } else if (department == Department.ENGINEERING && rng.nextDouble() < 0.3) {
            servers.add(infrastructure.databaseServers().get(1));
        }
        if (rng.nextDouble() < OTHER_DEPARTMENT_SHARE) {
            List<Department> others = new ArrayList<>(Arrays.asList(Department.values()));
            others.remove(department);
            servers.add(infrastructure.fileServer(Draws.pick(rng, others)));
        }
        if (rng.nextDouble() < LEGACY_APP_USER) {
            servers.add(infrastructure.legacyAppServer());
        }
        return servers;
    }

    private List<Host> rdpServers() {
        List<Host> candidates = new ArrayList<>(infrastructure.databaseServers());
        for (Department department : Department.values()) {
            candidates.addAll(infrastructure.appServers(department));
        }
        List<Host> servers = new ArrayList<>();
        servers.add(infrastructure.jumpServer());
        servers.addAll(Draws.sample(rng, candidates, 1 + rng.nextInt(3)));
        return servers;
    }

    private List<String> homeIps(Site site) {
        List<String> ips = new ArrayList<>();
        ips.add(site.country().randomAddress(rng));
        if (rng.nextDouble() < SECOND_HOME_IP) {
            ips.add(site.country().randomAddress(rng));
        }
        return ips;
    }

    private WorkShift dayShift() {
        double startHour = Draws.clippedNormal(rng, 8.5, 0.6, 7.0, 10.5);
        return new WorkShift(localTime(startHour), Duration.ofMinutes(480 + rng.nextInt(91)), WorkShift.WEEKDAYS);
    }

    private WorkShift nightShift() {
        double startHour = 21.5 + rng.nextDouble() * 1.5;
        return new WorkShift(localTime(startHour), Duration.ofMinutes(480 + rng.nextInt(61)), WorkShift.WEEKDAY_NIGHTS);
    }

    private static LocalTime localTime(double hours) {
        return LocalTime.ofSecondOfDay(Math.round(hours * 60) * 60);
    }
}

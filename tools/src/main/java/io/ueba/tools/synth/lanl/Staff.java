package io.ueba.tools.synth.lanl;

import io.ueba.tools.synth.Draws;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The accounts of the enterprise: its people, each with their machines, servers and hours, and its service
 * accounts. Some office people move to a new desktop during the period, some of them to another department, and new
 * hires join on a new one.
 */
record Staff(List<Person> people, List<ServiceAccount> services) {

    Staff {
        people = List.copyOf(people);
        services = List.copyOf(services);
    }

    static Staff hire(Headcount headcount, ComputerInventory inventory, RandomGenerator rng) {
        int departments = headcount.departments();
        List<String> accounts = accountNames(headcount.users() + 3 + departments, rng);
        List<Person> people = new ArrayList<>();
        List<Computer> desktops = inventory.firstDesktops();
        List<Computer> adminWorkstations = inventory.withRole(Role.ADMIN_WORKSTATION);
        Habits habits = new Habits(inventory, rng);

        int desktop = 0;
        for (int i = 0; i < headcount.office(); i++) {
            Computer home = desktops.get(desktop++);
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.OFFICE, home, home.department(), 0));
        }
        for (int i = 0; i < headcount.roaming(); i++) {
            Computer home = desktops.get(desktop++);
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.ROAMING, home, home.department(), 0));
        }
        for (int i = 0; i < headcount.hotDesk(); i++) {
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.HOT_DESK, null, rng.nextInt(departments), 0));
        }
        for (int i = 0; i < headcount.helpDesk(); i++) {
            Computer home = adminWorkstations.get(i);
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.HELP_DESK, home, rng.nextInt(departments), 0));
        }
        for (int i = 0; i < headcount.serverAdmins(); i++) {
            Computer home = adminWorkstations.get(headcount.helpDesk() + i);
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.SERVER_ADMIN, home, rng.nextInt(departments), 0));
        }
        for (Computer home : inventory.newHireDesktops()) {
            people.add(habits.person(people.size(), accounts.get(people.size()), Person.Kind.OFFICE, home, home.department(), home.firstDay()));
        }
        habits.move(people, inventory.replacementDesktops(), headcount.office());

        List<ServiceAccount> services = new ArrayList<>();
        int next = people.size();
        List<Computer> servers = inventory.all().stream().filter(computer -> computer.role().server()).toList();
        services.add(new ServiceAccount(accounts.get(next++), ServiceAccount.Kind.BACKUP, only(inventory, Role.BACKUP_SERVER), servers));
        services.add(new ServiceAccount(accounts.get(next++), ServiceAccount.Kind.MONITORING, only(inventory, Role.MONITORING_SERVER), servers));
        List<Computer> clients = inventory.all().stream().filter(computer -> computer.role().server() == false).toList();
        services.add(new ServiceAccount(accounts.get(next++), ServiceAccount.Kind.DEPLOYMENT, only(inventory, Role.MANAGEMENT_SERVER), clients));
        for (int department = 0; department < departments; department++) {
            services.add(new ServiceAccount(accounts.get(next++), ServiceAccount.Kind.DATABASE, inventory.departmentServer(Role.APP_SERVER, department),
                List.of(inventory.departmentServer(Role.DB_SERVER, department))));
        }
        return new Staff(people, services);
    }

    private static Computer only(ComputerInventory inventory, Role role) {
        return inventory.withRole(role).getFirst();
    }

    /** Distinct {@code U123@DOM1} names, numbers drawn from a range over a dozen times the count. */
    private static List<String> accountNames(int count, RandomGenerator rng) {
        Set<Integer> numbers = new LinkedHashSet<>();
        while (numbers.size() < count) {
            numbers.add(1 + rng.nextInt(count * 14));
        }
        return numbers.stream().map(number -> "U" + number + "@" + AuthLog.DOMAIN).toList();
    }

    /** Draws a person's machines, servers and hours by their kind. */
    private static final class Habits {

        /** The share of new desktops that come with a change of department. */
        private static final double TRANSFER = 0.4;

        private final ComputerInventory inventory;
        private final RandomGenerator rng;

        Habits(ComputerInventory inventory, RandomGenerator rng) {
            this.inventory = inventory;
            this.rng = rng;
        }

        Person person(int index, String account, Person.Kind kind, Computer home, int department, int firstDay) {
            double start = Draws.clippedNormal(rng, 8.3, 0.9, 6, 11);
            double hours = Draws.clippedNormal(rng, 8.5, 1, 5, 11);
            boolean weekends = rng.nextDouble() < (kind == Person.Kind.SERVER_ADMIN || kind == Person.Kind.HELP_DESK ? 0.4 : 0.08);
            return new Person(index, account, kind, department, home, null, machines(kind, department), servers(kind, department), start, hours,
                weekends, firstDay);
        }

        /**
         * Each new desktop goes to an office person who was there from the start: one of its department, who keeps
         * their servers, or, for a share of them, one who joins the department and uses its servers from then on.
         */
        void move(List<Person> people, List<Computer> desktops, int office) {
            Set<Integer> moved = new LinkedHashSet<>();
            for (Computer desktop : desktops) {
                boolean transfer = rng.nextDouble() < TRANSFER;
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < office; i++) {
                    if ((people.get(i).department() == desktop.department()) != transfer && moved.contains(i) == false) {
                        candidates.add(i);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                int chosen = Draws.pick(rng, candidates);
                moved.add(chosen);
                Person p = people.get(chosen);
                List<Computer> servers = transfer ? servers(Person.Kind.OFFICE, desktop.department()) : p.servers();
                people.set(chosen, new Person(p.index(), p.account(), p.kind(), p.department(), p.home(), new Person.Move(desktop, servers), p.machines(),
                    p.servers(), p.startHour(), p.hours(), p.weekends(), p.firstDay()));
            }
        }

        private List<Computer> machines(Person.Kind kind, int department) {
            List<Computer> labs = inventory.withRole(Role.LAB).stream().filter(lab -> lab.department() == department).toList();
            return switch (kind) {
                case OFFICE -> Draws.sample(rng, labs.stream().filter(lab -> lab.firstDay() == 0).toList(), rng.nextInt(3));
                case ROAMING -> {
                    List<Computer> machines = new ArrayList<>(Draws.sample(rng, labs.stream().filter(lab -> lab.firstDay() == 0).toList(), 2 + rng.nextInt(3)));
                    labs.stream().filter(lab -> lab.firstDay() > 0 && rng.nextDouble() < 0.5).forEach(machines::add);
                    yield machines;
                }
                case HOT_DESK -> {
                    // A department's hot-desk users share a floor, so its desks mostly reach that department's servers.
                    List<Computer> floor = inventory.floors().get(department % inventory.floors().size());
                    yield Draws.sample(rng, floor, floor.size());
                }
                case HELP_DESK -> List.of();
                case SERVER_ADMIN -> {
                    List<Computer> servers = inventory.all().stream()
                        .filter(computer -> computer.role().server() && computer.role() != Role.DOMAIN_CONTROLLER).toList();
                    yield Draws.sample(rng, servers, servers.size() / 2);
                }
            };
        }

        private List<Computer> servers(Person.Kind kind, int department) {
            List<Computer> servers = new ArrayList<>();
            servers.add(inventory.departmentServer(Role.FILE_SERVER, department));
            servers.add(Draws.pick(rng, inventory.withRole(Role.MAIL_SERVER)));
            if (kind == Person.Kind.HELP_DESK || kind == Person.Kind.SERVER_ADMIN) {
                servers.add(inventory.withRole(Role.MANAGEMENT_SERVER).getFirst());
                return servers;
            }
            maybe(servers, 0.7, inventory.departmentServer(Role.APP_SERVER, department));
            maybe(servers, 0.2, inventory.departmentServer(Role.DB_SERVER, department));
            maybe(servers, 0.3, Draws.pick(rng, inventory.withRole(Role.LEGACY_SERVER)));
            maybe(servers, 0.5, Draws.pick(rng, inventory.withRole(Role.PRINT_SERVER)));
            maybe(servers, 0.6, Draws.pick(rng, inventory.withRole(Role.WEB_SERVER)));
            for (Computer added : inventory.newServers()) {
                if (added.department() == department) {
                    maybe(servers, 0.6, added);
                }
            }
            return servers;
        }

        private void maybe(List<Computer> servers, double chance, Computer server) {
            if (rng.nextDouble() < chance) {
                servers.add(server);
            }
        }
    }
}

package io.ueba.tools.synth.lanl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Every computer of the enterprise, by role: domain controllers, each department's file, application and database
 * servers, the shared servers, admin workstations, desktops, hot desks, lab machines, and the machines that appear
 * during the period (replacement desktops, new hires' desktops, new lab machines, a new application server); the
 * computers beyond those are devices nobody sits at.
 * Computer numbers are drawn at random from a range several times their count, as LANL's are.
 */
final class ComputerInventory {

    /** Hot-desk users per hot desk. */
    private static final double USERS_PER_HOT_DESK = 2.5;
    /** Hot desks are grouped in floors of about this many; a hot-desk user sits anywhere on their department's floor. */
    static final int HOT_DESKS_PER_FLOOR = 8;

    private final List<Computer> all;
    private final Map<Role, List<Computer>> byRole;
    private final List<Computer> replacementDesktops;
    private final List<Computer> newHireDesktops;
    private final List<List<Computer>> floors;

    private ComputerInventory(List<Computer> all, List<Computer> replacementDesktops, List<Computer> newHireDesktops, List<List<Computer>> floors) {
        this.all = List.copyOf(all);
        Map<Role, List<Computer>> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, all.stream().filter(computer -> computer.role() == role).toList());
        }
        this.byRole = roles;
        this.replacementDesktops = List.copyOf(replacementDesktops);
        this.newHireDesktops = List.copyOf(newHireDesktops);
        this.floors = List.copyOf(floors);
    }

    /** The fewest computers a headcount needs: its servers and own machines, the new ones, and a few lab machines. */
    static int fewestComputers(Headcount people) {
        return servers(people) + people.withOwnMachine() + hotDesks(people) + people.newHires() + replacements(people) + newLabs(people) + 1
            + fewestLabs(people);
    }

    static ComputerInventory build(LanlConfig config, Headcount people, RandomGenerator rng) {
        Names names = new Names(config.computers(), rng);
        List<Computer> all = new ArrayList<>();
        int departments = people.departments();
        int users = people.users();
        add(all, names, Role.DOMAIN_CONTROLLER, domainControllers(people));
        for (int department = 0; department < departments; department++) {
            all.add(new Computer(names.next(), Role.FILE_SERVER, department, 0));
            all.add(new Computer(names.next(), Role.APP_SERVER, department, 0));
            all.add(new Computer(names.next(), Role.DB_SERVER, department, 0));
        }
        add(all, names, Role.MAIL_SERVER, Math.max(2, users / 300));
        add(all, names, Role.PRINT_SERVER, Math.max(1, users / 450));
        add(all, names, Role.WEB_SERVER, Math.max(1, users / 450));
        add(all, names, Role.LEGACY_SERVER, Math.max(2, departments / 4));
        add(all, names, Role.BACKUP_SERVER, 1);
        add(all, names, Role.MANAGEMENT_SERVER, 1);
        add(all, names, Role.MONITORING_SERVER, 1);
        add(all, names, Role.JUMP_SERVER, Math.max(2, users / 300));
        add(all, names, Role.TERMINAL_SERVER, Math.max(1, users / 450));
        add(all, names, Role.ADMIN_WORKSTATION, people.helpDesk() + people.serverAdmins());
        for (int i = 0; i < people.office() + people.roaming(); i++) {
            all.add(new Computer(names.next(), Role.DESKTOP, i % departments, 0));
        }
        List<Computer> hotDesks = new ArrayList<>();
        for (int i = 0; i < hotDesks(people); i++) {
            hotDesks.add(new Computer(names.next(), Role.HOT_DESK, Computer.SHARED, 0));
        }
        all.addAll(hotDesks);

        List<Computer> replacements = new ArrayList<>();
        for (int i = 0; i < replacements(people); i++) {
            replacements.add(new Computer(names.next(), Role.DESKTOP, i % departments, newDay(config, rng)));
        }
        List<Computer> newHires = new ArrayList<>();
        for (int i = 0; i < people.newHires(); i++) {
            newHires.add(new Computer(names.next(), Role.DESKTOP, rng.nextInt(departments), newDay(config, rng)));
        }
        all.addAll(replacements);
        all.addAll(newHires);
        for (int i = 0; i < newLabs(people); i++) {
            all.add(new Computer(names.next(), Role.LAB, i % departments, newDay(config, rng)));
        }
        all.add(new Computer(names.next(), Role.APP_SERVER, rng.nextInt(departments), newDay(config, rng)));
        int labs = Math.max(fewestLabs(people), people.users() / 8);
        for (int i = 0; i < labs && all.size() < config.computers(); i++) {
            all.add(new Computer(names.next(), Role.LAB, i % departments, 0));
        }
        for (int i = 0; all.size() < config.computers(); i++) {
            all.add(new Computer(names.next(), Role.DEVICE, i % departments, 0));
        }

        List<List<Computer>> floors = new ArrayList<>();
        int floorCount = Math.max(1, hotDesks.size() / HOT_DESKS_PER_FLOOR);
        for (int floor = 0; floor < floorCount; floor++) {
            floors.add(new ArrayList<>());
        }
        for (int i = 0; i < hotDesks.size(); i++) {
            floors.get(i % floorCount).add(hotDesks.get(i));
        }
        return new ComputerInventory(all, replacements, newHires, floors.stream().map(List::copyOf).toList());
    }

    List<Computer> all() {
        return all;
    }

    List<Computer> withRole(Role role) {
        return byRole.get(role);
    }

    List<Computer> domainControllers() {
        return byRole.get(Role.DOMAIN_CONTROLLER);
    }

    /** A department's server of a role, the one there from the start. */
    Computer departmentServer(Role role, int department) {
        return byRole.get(role).stream().filter(server -> server.department() == department && server.firstDay() == 0).findFirst().orElseThrow();
    }

    /** The servers that appear during the period. */
    List<Computer> newServers() {
        return all.stream().filter(computer -> computer.role().server() && computer.firstDay() > 0).toList();
    }

    /** Desktops that replace a person's old one on their first day. */
    List<Computer> replacementDesktops() {
        return replacementDesktops;
    }

    List<Computer> newHireDesktops() {
        return newHireDesktops;
    }

    /** The hot desks, floor by floor. */
    List<List<Computer>> floors() {
        return floors;
    }

    /** Desktops there from the start, in the order they were made: each goes to one person. */
    List<Computer> firstDesktops() {
        return byRole.get(Role.DESKTOP).stream().filter(desktop -> desktop.firstDay() == 0).toList();
    }

    /** Machines people sit at (desktops, hot desks, labs) that are on the network on a day. */
    List<Computer> clientsOn(int day) {
        return all.stream().filter(computer -> computer.role().server() == false && computer.role() != Role.ADMIN_WORKSTATION && computer.activeOn(day))
            .toList();
    }

    private static int domainControllers(Headcount people) {
        return Math.max(2, people.users() / 225);
    }

    private static int servers(Headcount people) {
        int users = people.users();
        return domainControllers(people) + 3 * people.departments() + Math.max(2, users / 300) + 2 * Math.max(1, users / 450)
            + Math.max(2, people.departments() / 4) + 3 + Math.max(2, users / 300) + Math.max(1, users / 450);
    }

    private static int hotDesks(Headcount people) {
        return Math.max(2, (int) Math.round(people.hotDesk() / USERS_PER_HOT_DESK));
    }

    private static int replacements(Headcount people) {
        return Math.max(1, people.users() / 45);
    }

    private static int newLabs(Headcount people) {
        return Math.max(1, people.users() / 60);
    }

    private static int fewestLabs(Headcount people) {
        return Math.max(people.departments(), people.users() / 20);
    }

    /** A machine that appears on the network after the first day, on any later day. */
    private static int newDay(LanlConfig config, RandomGenerator rng) {
        return 1 + rng.nextInt(config.days() - 1);
    }

    private static void add(List<Computer> all, Names names, Role role, int count) {
        for (int i = 0; i < count; i++) {
            all.add(new Computer(names.next(), role, Computer.SHARED, 0));
        }
    }

    /** Distinct computer names, {@code C} and a number drawn from a range a dozen times the count. */
    private static final class Names {

        private final List<String> names;
        private int next;

        Names(int count, RandomGenerator rng) {
            Set<Integer> numbers = new LinkedHashSet<>();
            while (numbers.size() < count) {
                numbers.add(1 + rng.nextInt(count * 12));
            }
            this.names = numbers.stream().map(number -> "C" + number).toList();
        }

        String next() {
            return names.get(next++);
        }
    }
}

package io.ueba.tools.synth.lanl;

import java.util.List;

/**
 * A person with a domain account, and the habits the simulation gives them.
 *
 * @param account     {@code U123@DOM1}
 * @param home        the machine they sit at by default (a desktop, a laptop, an admin workstation); null for
 *                    hot-desk users
 * @param move        the person's move to a new desktop during the period, or null
 * @param machines    the other machines they use: a roaming person's lab machines, a hot-desk user's floor, an
 *                    office person's occasional lab machine, a server admin's servers
 * @param servers     the servers they use on a working day; one that appears later is used from its first day
 * @param startHour   when their working day starts, in hours (UTC, as LANL times are read)
 * @param hours       how long it lasts
 * @param weekends    whether they sometimes work at weekends
 * @param firstDay    the day they join: 0 for all but new hires
 */
record Person(
    int index,
    String account,
    Kind kind,
    int department,
    Computer home,
    Move move,
    List<Computer> machines,
    List<Computer> servers,
    double startHour,
    double hours,
    boolean weekends,
    int firstDay
) {

    enum Kind {
        OFFICE,
        /** Works from several machines: a laptop, lab machines, a terminal server. */
        ROAMING,
        /** Has no desk of their own; sits at any hot desk of their floor. */
        HOT_DESK,
        /** Logs in to people's machines all day, remotely and at their desks. */
        HELP_DESK,
        /** Administers the servers, from an admin workstation and the jump servers. */
        SERVER_ADMIN
    }

    /**
     * A new desktop from its first day on, and the servers used from then: the same ones for a replaced machine, a new
     * department's for a person who changes department.
     */
    record Move(Computer desktop, List<Computer> servers) {

        Move {
            servers = List.copyOf(servers);
        }

        int day() {
            return desktop.firstDay();
        }
    }

    Person {
        machines = List.copyOf(machines);
        servers = List.copyOf(servers);
    }

    /** The machine they sit at by default on a day: the new desktop once they have moved. */
    Computer homeOn(int day) {
        return movedBy(day) ? move.desktop() : home;
    }

    List<Computer> machinesOn(int day) {
        return machines.stream().filter(machine -> machine.activeOn(day)).toList();
    }

    List<Computer> serversOn(int day) {
        return (movedBy(day) ? move.servers() : servers).stream().filter(server -> server.activeOn(day)).toList();
    }

    private boolean movedBy(int day) {
        return move != null && day >= move.day();
    }

    boolean employedOn(int day) {
        return day >= firstDay;
    }
}

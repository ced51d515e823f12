package io.ueba.tools.synth.lanl;

/**
 * A computer of the enterprise, named as LANL names them ({@code C1234}).
 *
 * @param department the department it belongs to, or -1 for a machine the whole site shares
 * @param firstDay   the day it appears on the network: 0 for the machines there from the start
 */
record Computer(String name, Role role, int department, int firstDay) {

    static final int SHARED = -1;

    /** Its machine account, as it authenticates to the domain. */
    String account() {
        return name + "$@" + AuthLog.DOMAIN;
    }

    boolean activeOn(int day) {
        return day >= firstDay;
    }
}

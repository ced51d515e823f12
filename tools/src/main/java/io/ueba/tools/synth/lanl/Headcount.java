package io.ueba.tools.synth.lanl;

/**
 * How many people of each kind the enterprise has, and in how many departments. The shares are those of a site where
 * most people sit at their own desktop, a tenth roam between machines, some share hot desks, and a small help desk
 * and server team legitimately log in almost everywhere.
 *
 * @param newHires people who join during the period, each on a new machine
 */
record Headcount(int departments, int helpDesk, int serverAdmins, int roaming, int hotDesk, int newHires, int office) {

    static Headcount of(int users) {
        int departments = Math.max(3, users / 75);
        int helpDesk = Math.max(2, Math.round(users * 0.013f));
        int serverAdmins = Math.max(1, users / 150);
        int roaming = Math.max(2, users / 10);
        int hotDesk = Math.max(4, Math.round(users * 0.12f));
        int newHires = Math.max(1, users / 150);
        int office = users - helpDesk - serverAdmins - roaming - hotDesk - newHires;
        return new Headcount(departments, helpDesk, serverAdmins, roaming, hotDesk, newHires, office);
    }

    int users() {
        return office + roaming + hotDesk + helpDesk + serverAdmins + newHires;
    }

    /** People with a machine of their own: everyone but the hot-desk users. */
    int withOwnMachine() {
        return office + roaming + helpDesk + serverAdmins;
    }
}

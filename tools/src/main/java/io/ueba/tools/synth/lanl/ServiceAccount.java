package io.ueba.tools.synth.lanl;

import java.util.List;

/**
 * An account that software logs in with, from one server to many machines, around the clock.
 *
 * @param account {@code U123@DOM1}: LANL names service accounts as it names people
 * @param targets where it logs in to; a machine that appears later is reached from its first day
 */
record ServiceAccount(String account, Kind kind, Computer source, List<Computer> targets) {

    enum Kind {
        /** Every server, each night. */
        BACKUP,
        /** Every server, every few hours. */
        MONITORING,
        /** Every client machine, once a day. */
        DEPLOYMENT,
        /** An application server's connections to its database, all day long. */
        DATABASE
    }

    ServiceAccount {
        targets = List.copyOf(targets);
    }
}

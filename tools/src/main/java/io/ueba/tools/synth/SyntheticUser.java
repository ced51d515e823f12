package io.ueba.tools.synth;

import java.time.ZoneId;
import java.util.List;

/**
 * One employee of the simulated enterprise and the habits the generator gives them.
 *
 * @param index               position in the population
 * @param name                account name, e.g. {@code jsmith}
 * @param department          decides the usual servers
 * @param site                the office: country, time zone, office addresses
 * @param workstations        the desktop first; a second one is the laptop used from home
 * @param usualServers        the servers they log in to, most used first; domain controllers come on top
 * @param rdpServers          servers they administer over RDP; empty unless they are an admin
 * @param homeIps             public addresses of their home connection, used over VPN
 * @param shift               when they work
 * @param remoteShare         chance that a workday is worked from home
 * @param networkLogonsPerDay mean number of network logons on a workday
 */
public record SyntheticUser(
    int index,
    String name,
    Department department,
    Site site,
    List<Host> workstations,
    List<Host> usualServers,
    List<Host> rdpServers,
    List<String> homeIps,
    WorkShift shift,
    double remoteShare,
    double networkLogonsPerDay
) {

    public SyntheticUser {
        workstations = List.copyOf(workstations);
        usualServers = List.copyOf(usualServers);
        rdpServers = List.copyOf(rdpServers);
        homeIps = List.copyOf(homeIps);
    }

    public ZoneId zone() {
        return site.zone();
    }

    public boolean admin() {
        return rdpServers.isEmpty() == false;
    }

    public Host desktop() {
        return workstations.get(0);
    }

    /** The machine taken home; the desktop when there is only one. */
    public Host laptop() {
        return workstations.get(workstations.size() - 1);
    }
}

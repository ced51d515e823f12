package io.ueba.tools.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The enterprise's offices, domain controllers, servers and gateways. Fixed: the seed varies only the people. */
final class Infrastructure {

    static final String DOMAIN = "CORP";

    private record Office(Site site, double workforceShare) {}

    private static final List<Office> OFFICES = List.of(
        new Office(new Site("NYC", Country.US, 1, officeLines(Country.US, 3)), 0.40),
        new Office(new Site("LON", Country.GB, 2, officeLines(Country.GB, 2)), 0.15),
        new Office(new Site("BER", Country.DE, 3, officeLines(Country.DE, 2)), 0.20),
        new Office(new Site("PAR", Country.FR, 4, officeLines(Country.FR, 1)), 0.10),
        new Office(new Site("BLR", Country.IN, 5, officeLines(Country.IN, 2)), 0.15)
    );

    private final List<Host> domainControllers = numbered("DC-%02d", 0, 3);
    private final List<Host> mailServers = numbered("SRV-MAIL-%02d", 1, 2);
    private final List<Host> databaseServers = numbered("SRV-DB-%02d", 4, 3);
    private final Host legacyAppServer = new Host("SRV-LEGACY-01", "10.0.5.11");
    private final Host jumpServer = new Host("SRV-JUMP-01", "10.0.6.11");
    private final Host vpnGateway = new Host("VPN-GW-01", "10.0.7.11");
    private final Host ssoPortal = new Host("SSO-01", "10.0.7.21");
    private final Map<Department, Host> fileServers = new EnumMap<>(Department.class);
    private final Map<Department, List<Host>> appServers = new EnumMap<>(Department.class);

    Infrastructure() {
        List<Host> files = numbered("SRV-FILE-%02d", 2, Department.values().length);
        List<Host> apps = numbered("SRV-APP-%02d", 3, 2 * Department.values().length);
        for (Department department : Department.values()) {
            fileServers.put(department, files.get(department.ordinal()));
            appServers.put(department, apps.subList(2 * department.ordinal(), 2 * department.ordinal() + 2));
        }
    }

    Site drawSite(RandomGenerator rng) {
        return Draws.weighted(rng, OFFICES, Office::workforceShare).site();
    }

    /** Countries with no office: where attackers come from. */
    List<Country> foreignCountries() {
        List<Country> foreign = new ArrayList<>();
        for (Country country : Country.values()) {
            if (OFFICES.stream().noneMatch(office -> office.site().country() == country)) {
                foreign.add(country);
            }
        }
        return foreign;
    }

    List<Host> domainControllers() {
        return domainControllers;
    }

    List<Host> mailServers() {
        return mailServers;
    }

    Host fileServer(Department department) {
        return fileServers.get(department);
    }

    List<Host> appServers(Department department) {
        return appServers.get(department);
    }

    List<Host> databaseServers() {
        return databaseServers;
    }

    /** An old application that only speaks NTLM. */
    Host legacyAppServer() {
        return legacyAppServer;
    }

    Host jumpServer() {
        return jumpServer;
    }

    Host vpnGateway() {
        return vpnGateway;
    }

    Host ssoPortal() {
        return ssoPortal;
    }

    /** The servers people log in to: everything but the domain controllers and the gateways. */
    List<Host> servers() {
        List<Host> servers = new ArrayList<>(fileServers.values());
        appServers.values().forEach(servers::addAll);
        servers.addAll(mailServers);
        servers.addAll(databaseServers);
        servers.add(legacyAppServer);
        servers.add(jumpServer);
        return servers;
    }

    /** An address from the VPN pool, handed to a client for one session. */
    String vpnAddress(RandomGenerator rng) {
        return "10.250." + rng.nextInt(16) + "." + (1 + rng.nextInt(254));
    }

    private static List<String> officeLines(Country country, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(country.address(0, 10 + i));
        }
        return lines;
    }

    private static List<Host> numbered(String nameFormat, int subnet, int count) {
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hosts.add(new Host(String.format(Locale.ROOT, nameFormat, i + 1), "10.0." + subnet + "." + (11 + i)));
        }
        return List.copyOf(hosts);
    }
}

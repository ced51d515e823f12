package io.ueba.tools.synth;

import java.time.ZoneId;
import java.util.List;

/**
 * An office of the enterprise.
 *
 * @param code         short name, e.g. {@code NYC}
 * @param country      where it is; its users' home addresses are there too
 * @param privateOctet second octet of its workstations' 10.x addresses
 * @param egressIps    the public addresses its office traffic leaves from
 */
public record Site(String code, Country country, int privateOctet, List<String> egressIps) {

    public Site {
        egressIps = List.copyOf(egressIps);
    }

    public ZoneId zone() {
        return country.zone();
    }

    String workstationAddress(int number) {
        return "10." + privateOctet + "." + (20 + number / 250) + "." + (1 + number % 250);
    }
}

package io.ueba.tools.synth;

import java.time.ZoneId;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The countries of the demo world. Each owns one public /16 that stands in for its address space, so
 * {@link #locate} is the demo's own GeoIP: it knows where every public address the generator hands out lies.
 */
public enum Country {
    US("America/New_York", "73.84."),
    GB("Europe/London", "86.140."),
    DE("Europe/Berlin", "91.62."),
    FR("Europe/Paris", "90.24."),
    IN("Asia/Kolkata", "117.204."),
    BR("America/Sao_Paulo", "177.92."),
    VN("Asia/Ho_Chi_Minh", "113.176."),
    NG("Africa/Lagos", "105.112."),
    RU("Europe/Moscow", "95.28.");

    private final ZoneId zone;
    private final String publicPrefix;

    Country(String zone, String publicPrefix) {
        this.zone = ZoneId.of(zone);
        this.publicPrefix = publicPrefix;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The country whose public block holds the address; empty for private and unknown addresses. */
    public static Optional<Country> locate(String ip) {
        if (ip == null) {
            return Optional.empty();
        }
        for (Country country : values()) {
            if (ip.startsWith(country.publicPrefix)) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    String address(int third, int fourth) {
        return publicPrefix + third + "." + fourth;
    }

    /** A residential-looking address; the low third octets are left to {@link Site} office lines. */
    String randomAddress(RandomGenerator rng) {
        return address(16 + rng.nextInt(240), 1 + rng.nextInt(254));
    }
}

package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.Draws.minutes;

/**
 * A phished password used over the VPN from a country the victim never logs in from, in the middle of the victim's
 * night, by a machine that is not theirs; then NTLM logons to servers the victim never uses.
 */
final class AccountTakeover {

    private static final String DEVICE_NAME_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private AccountTakeover() {}

    /** Needs a day-shift victim, so that their night is unusual for them. */
    static Attack inject(SyntheticUser victim, Instant notBefore, Infrastructure infrastructure, RandomGenerator rng) {
        LoginLabel label = AttackScenario.ACCOUNT_TAKEOVER.label();
        Country country = Draws.pick(rng, infrastructure.foreignCountries());
        String publicIp = country.randomAddress(rng);
        Instant signIn = nextNight(victim, notBefore, rng);

        List<LoginEvent> events = new ArrayList<>();
        LoginEvent vpn = LoginEvents.web(signIn, victim.name(), publicIp, infrastructure.vpnGateway()).withLabel(label);
        if (rng.nextBoolean()) {
            events.add(LoginEvents.failed(vpn, signIn.minusSeconds(20 + rng.nextInt(60)), victim.name(), LoginEvents.BAD_PASSWORD));
        }
        events.add(vpn);

        Host device = new Host(deviceName(rng), infrastructure.vpnAddress(rng));
        List<Host> unfamiliar = new ArrayList<>(infrastructure.servers());
        unfamiliar.removeAll(victim.usualServers());
        unfamiliar.removeAll(victim.rdpServers());
        for (Host server : Draws.sample(rng, unfamiliar, 4 + rng.nextInt(4))) {
            Instant at = signIn.plus(minutes(2 + rng.nextDouble() * 50));
            events.add(LoginEvents.network(at, victim.name(), device, device.ip(), server, LoginEvents.NTLM).withLabel(label));
        }
        return Attack.of(AttackScenario.ACCOUNT_TAKEOVER, events, publicIp, device.name(), country, List.of(victim.name()));
    }

    /** Between 01:00 and 04:30 in the victim's time zone, at the first such night after {@code notBefore}. */
    private static Instant nextNight(SyntheticUser victim, Instant notBefore, RandomGenerator rng) {
        ZonedDateTime local = notBefore.atZone(victim.zone());
        ZonedDateTime night = local.toLocalDate().atTime(1, 0).plusMinutes(rng.nextInt(210)).atZone(victim.zone());
        return (night.isBefore(local) ? night.plusDays(1) : night).toInstant();
    }

    /** The default name Windows gives a machine nobody renamed. */
    private static String deviceName(RandomGenerator rng) {
        StringBuilder name = new StringBuilder("DESKTOP-");
        for (int i = 0; i < 7; i++) {
            name.append(DEVICE_NAME_LETTERS.charAt(rng.nextInt(DEVICE_NAME_LETTERS.length())));
        }
        return name.toString();
    }
}

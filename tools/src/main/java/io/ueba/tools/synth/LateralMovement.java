package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.Draws.minutes;

/**
 * An attacker on a user's desktop reusing that user's NTLM hash: within an hour, network logons from the desktop to
 * many workstations and servers it never logged in to.
 */
final class LateralMovement {

    private static final double WINDOW_MINUTES = 50;

    private LateralMovement() {}

    static Attack inject(SyntheticUser account, UserPopulation population, Instant start, Infrastructure infrastructure, RandomGenerator rng) {
        LoginLabel label = AttackScenario.LATERAL_MOVEMENT.label();
        Host source = account.desktop();
        Set<Host> familiar = new HashSet<>(account.usualServers());
        familiar.addAll(account.rdpServers());
        familiar.addAll(account.workstations());

        List<Host> unfamiliar = new ArrayList<>();
        for (SyntheticUser user : population.users()) {
            user.workstations().stream().filter(host -> familiar.contains(host) == false).forEach(unfamiliar::add);
        }
        infrastructure.servers().stream().filter(host -> familiar.contains(host) == false).forEach(unfamiliar::add);

        List<Host> targets = Draws.sample(rng, unfamiliar, 15 + rng.nextInt(11));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            times.add(start.plus(minutes(rng.nextDouble() * WINDOW_MINUTES)));
        }
        Collections.sort(times);

        List<LoginEvent> events = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            events.add(LoginEvents.network(times.get(i), account.name(), source, source.ip(), targets.get(i), LoginEvents.NTLM).withLabel(label));
        }
        return Attack.of(AttackScenario.LATERAL_MOVEMENT, events, source.ip(), source.name(), null, List.of(account.name()));
    }
}

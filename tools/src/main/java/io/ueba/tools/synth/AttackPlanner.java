package io.ueba.tools.synth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides when each configured attack happens and whom it hits. Attacks get evenly spaced slots, in random order,
 * between {@link DemoLoginConfig#attacksFrom()} and two days before the end, which leaves room for a takeover to wait
 * for its victim's night.
 */
final class AttackPlanner {

    private static final Duration END_MARGIN = Duration.ofDays(2);

    private AttackPlanner() {}

    static List<Attack> plan(DemoLoginConfig config, UserPopulation population, Infrastructure infrastructure, RandomGenerator rng) {
        List<AttackScenario> scenarios = new ArrayList<>();
        scenarios.addAll(Collections.nCopies(config.accountTakeovers(), AttackScenario.ACCOUNT_TAKEOVER));
        scenarios.addAll(Collections.nCopies(config.passwordSprays(), AttackScenario.PASSWORD_SPRAY));
        scenarios.addAll(Collections.nCopies(config.lateralMovements(), AttackScenario.LATERAL_MOVEMENT));
        Collections.shuffle(scenarios, rng);

        // Victims work days, so that a takeover's night sign-in is unusual for them, and each is hit once.
        List<SyntheticUser> victims = new ArrayList<>(population.users().stream().filter(user -> user.shift().night() == false).toList());
        Collections.shuffle(victims, rng);

        Instant from = config.attacksFrom();
        Duration slot = Duration.between(from, config.end().minus(END_MARGIN)).dividedBy(Math.max(1, scenarios.size()));
        List<Attack> attacks = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Instant at = from.plus(slot.multipliedBy(i)).plus(Draws.minutes(slot.toMinutes() * (0.2 + 0.6 * rng.nextDouble())));
            SyntheticUser victim = victims.get(i % victims.size());
            attacks.add(switch (scenarios.get(i)) {
                case ACCOUNT_TAKEOVER -> AccountTakeover.inject(victim, at, infrastructure, rng);
                case PASSWORD_SPRAY -> PasswordSpray.inject(population, at, infrastructure, rng);
                case LATERAL_MOVEMENT -> LateralMovement.inject(victim, population, at, infrastructure, rng);
            });
        }
        attacks.sort(Comparator.comparing(attack -> attack.truth().start()));
        return List.copyOf(attacks);
    }
}

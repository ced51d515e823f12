package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.ueba.tools.synth.Draws.minutes;

/**
 * One external address trying one common password against many accounts, real and guessed, at the SSO portal within
 * a few minutes. One or two real accounts have that password.
 */
final class PasswordSpray {

    private static final List<String> GUESSED_NAMES = List.of(
        "administrator", "admin", "test", "guest", "backup", "support", "helpdesk", "scanner", "training", "sqlsvc"
    );

    private PasswordSpray() {}

    static Attack inject(UserPopulation population, Instant start, Infrastructure infrastructure, RandomGenerator rng) {
        LoginLabel label = AttackScenario.PASSWORD_SPRAY.label();
        Country country = Draws.pick(rng, infrastructure.foreignCountries());
        String publicIp = country.randomAddress(rng);

        List<String> realTargets = Draws.sample(rng, population.users(), Math.clamp(population.size() / 5, 10, 60))
            .stream().map(SyntheticUser::name).toList();
        List<String> guessedTargets = Draws.sample(
            rng,
            GUESSED_NAMES.stream().filter(name -> population.user(name).isEmpty()).toList(),
            4 + rng.nextInt(5)
        );
        List<String> compromised = realTargets.subList(0, 1 + rng.nextInt(2));
        List<String> targets = new ArrayList<>(realTargets);
        targets.addAll(guessedTargets);
        Collections.shuffle(targets, rng);

        Duration span = minutes(3 + rng.nextDouble() * 5);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            times.add(Draws.between(rng, start, start.plus(span)));
        }
        Collections.sort(times);

        List<LoginEvent> events = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            LoginEvent attempt = LoginEvents.web(times.get(i), target, publicIp, infrastructure.ssoPortal()).withLabel(label);
            if (compromised.contains(target)) {
                events.add(attempt);
            } else {
                String reason = guessedTargets.contains(target) ? LoginEvents.UNKNOWN_USER : LoginEvents.BAD_PASSWORD;
                events.add(LoginEvents.failed(attempt, attempt.timestamp(), target, reason));
            }
        }
        return Attack.of(AttackScenario.PASSWORD_SPRAY, events, publicIp, null, country, compromised);
    }
}

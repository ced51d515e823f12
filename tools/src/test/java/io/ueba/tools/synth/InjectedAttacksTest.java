package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InjectedAttacksTest {

    private static DemoLoginGenerator generator;
    private static List<LoginEvent> events;

    @BeforeAll
    static void generate() {
        generator = new DemoLoginGenerator(DemoLoginConfig.defaults());
        events = generator.stream().toList();
    }

    @Test
    void everyConfiguredAttackIsInjectedAndLabelled() {
        DemoLoginConfig config = generator.config();
        assertEquals(config.accountTakeovers(), injected(AttackScenario.ACCOUNT_TAKEOVER).size());
        assertEquals(config.passwordSprays(), injected(AttackScenario.PASSWORD_SPRAY).size());
        assertEquals(config.lateralMovements(), injected(AttackScenario.LATERAL_MOVEMENT).size());
        for (AttackScenario scenario : AttackScenario.values()) {
            assertFalse(labelled(scenario).isEmpty(), scenario.scenarioName());
        }
    }

    @Test
    void groundTruthDescribesTheLabelledEvents() {
        for (InjectedAttack attack : generator.injectedAttacks()) {
            List<LoginEvent> inWindow = labelled(attack.scenario()).stream()
                .filter(event -> event.timestamp().isBefore(attack.start()) == false && event.timestamp().isAfter(attack.end()) == false)
                .toList();
            assertEquals(attack.eventCount(), inWindow.size(), attack.describe());
            assertEquals(attack.start(), inWindow.get(0).timestamp(), attack.describe());
            assertEquals(attack.end(), inWindow.get(inWindow.size() - 1).timestamp(), attack.describe());
            Set<String> successfulUsers = inWindow.stream()
                .filter(event -> event.outcome() == LoginOutcome.SUCCESS)
                .map(LoginEvent::user)
                .collect(Collectors.toSet());
            assertEquals(Set.copyOf(attack.compromisedAccounts()), successfulUsers, attack.describe());
            assertTrue(attack.describe().startsWith(attack.scenario().scenarioName()), attack.describe());
        }
    }

    @Test
    void attacksComeAfterTheLearningPartOfThePeriod() {
        Instant from = generator.config().attacksFrom();
        events.stream().filter(event -> event.label().attack()).forEach(event -> assertFalse(event.timestamp().isBefore(from), event.toString()));
    }

    @Test
    void passwordSprayHitsManyAccountsFromOneExternalAddressWithinMinutes() {
        for (InjectedAttack spray : injected(AttackScenario.PASSWORD_SPRAY)) {
            List<LoginEvent> attempts = labelled(AttackScenario.PASSWORD_SPRAY).stream()
                .filter(event -> event.sourceIp().equals(spray.sourceIp()))
                .toList();
            assertEquals(spray.eventCount(), attempts.size());
            assertTrue(attempts.stream().map(LoginEvent::user).distinct().count() >= 20, "accounts tried: " + attempts.size());
            Duration span = Duration.between(attempts.get(0).timestamp(), attempts.get(attempts.size() - 1).timestamp());
            assertTrue(span.compareTo(Duration.ofMinutes(15)) <= 0, span.toString());
            long successes = attempts.stream().filter(event -> event.outcome() == LoginOutcome.SUCCESS).count();
            assertTrue(successes >= 1 && successes <= 2, successes + " successes");
            assertTrue(successes < 0.1 * attempts.size());
            Optional<Country> country = Country.locate(spray.sourceIp());
            assertTrue(country.isPresent() && userCountries().contains(country.get()) == false, spray.describe());
            assertTrue(benign().noneMatch(event -> spray.sourceIp().equals(event.sourceIp())), "spray address used by someone else");
        }
    }

    @Test
    void lateralMovementFansOutOverNtlmFromOneWorkstationToHostsItNeverTouched() {
        for (InjectedAttack lateral : injected(AttackScenario.LATERAL_MOVEMENT)) {
            List<LoginEvent> logons = labelled(AttackScenario.LATERAL_MOVEMENT).stream()
                .filter(event -> Objects.equals(event.sourceHost(), lateral.sourceHost()))
                .toList();
            assertEquals(lateral.eventCount(), logons.size());
            assertEquals(1, logons.stream().map(LoginEvent::user).distinct().count());
            assertEquals(lateral.compromisedAccounts(), List.of(logons.get(0).user()));
            logons.forEach(event -> assertEquals("NTLM", event.authPackage(), event.toString()));
            logons.forEach(event -> assertEquals("Network", event.logonType(), event.toString()));
            assertTrue(lateral.sourceIp().startsWith("10."), lateral.sourceIp());

            Set<String> targets = logons.stream().map(LoginEvent::destinationHost).collect(Collectors.toSet());
            assertTrue(targets.size() >= 10, "targets: " + targets);
            assertTrue(Duration.between(lateral.start(), lateral.end()).compareTo(Duration.ofHours(1)) <= 0, lateral.describe());

            Set<String> usualTargets = benign()
                .filter(event -> lateral.sourceHost().equals(event.sourceHost()))
                .map(LoginEvent::destinationHost)
                .collect(Collectors.toSet());
            assertFalse(usualTargets.isEmpty(), "the workstation has a history");
            targets.forEach(target -> assertFalse(usualTargets.contains(target), target + " was a usual target"));
        }
    }

    @Test
    void accountTakeoverSignsInFromANewCountryAtNightThenTouchesUnusedServers() {
        for (InjectedAttack takeover : injected(AttackScenario.ACCOUNT_TAKEOVER)) {
            String account = takeover.compromisedAccounts().get(0);
            SyntheticUser victim = generator.population().user(account).orElseThrow();
            assertFalse(victim.shift().night(), "a night worker's night is not unusual");
            List<LoginEvent> attack = labelled(AttackScenario.ACCOUNT_TAKEOVER).stream().filter(event -> event.user().equals(account)).toList();
            assertEquals(takeover.eventCount(), attack.size());

            LoginEvent signIn = attack.stream()
                .filter(event -> event.outcome() == LoginOutcome.SUCCESS && event.logonType().equals("web"))
                .findFirst()
                .orElseThrow();
            Set<Country> usualCountries = benign()
                .filter(event -> event.user().equals(account))
                .map(event -> Country.locate(event.sourceIp()))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
            Country from = Country.locate(signIn.sourceIp()).orElseThrow();
            assertFalse(usualCountries.isEmpty(), account + " has signed in from outside before");
            assertFalse(usualCountries.contains(from), from + " is one of " + usualCountries);
            assertTrue(benign().noneMatch(event -> event.user().equals(account) && signIn.sourceIp().equals(event.sourceIp())));

            LocalTime local = signIn.timestamp().atZone(victim.zone()).toLocalTime();
            assertTrue(local.isBefore(LocalTime.of(5, 0)), "local time " + local);

            Set<String> usualServers = benign()
                .filter(event -> event.user().equals(account))
                .map(LoginEvent::destinationHost)
                .collect(Collectors.toSet());
            List<LoginEvent> accesses = attack.stream().filter(event -> event.logonType().equals("Network")).toList();
            assertTrue(accesses.size() >= 3, "accesses: " + accesses.size());
            for (LoginEvent access : accesses) {
                assertTrue(access.timestamp().isAfter(signIn.timestamp()), access.toString());
                assertFalse(usualServers.contains(access.destinationHost()), access.destinationHost() + " is usual for " + account);
            }
        }
    }

    private static List<InjectedAttack> injected(AttackScenario scenario) {
        return generator.injectedAttacks().stream().filter(attack -> attack.scenario() == scenario).toList();
    }

    private static List<LoginEvent> labelled(AttackScenario scenario) {
        return events.stream().filter(event -> event.label().equals(scenario.label())).toList();
    }

    private static Stream<LoginEvent> benign() {
        return events.stream().filter(event -> event.label().attack() == false);
    }

    private static Set<Country> userCountries() {
        return generator.population().users().stream().map(user -> user.site().country()).collect(Collectors.toSet());
    }
}

package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoLoginGeneratorTest {

    private static DemoLoginGenerator generator;
    private static List<LoginEvent> events;

    @BeforeAll
    static void generate() {
        generator = new DemoLoginGenerator(DemoLoginConfig.defaults());
        events = generator.stream().toList();
    }

    @Test
    void sameSeedGivesTheSameEvents() {
        assertEquals(events, new DemoLoginGenerator(DemoLoginConfig.defaults()).stream().toList());
        List<LoginEvent> again = new ArrayList<>();
        generator.forEach(again::add);
        assertEquals(events, again);
    }

    @Test
    void differentSeedGivesDifferentEvents() {
        DemoLoginConfig other = DemoLoginConfig.defaults().withSeed(DemoLoginConfig.DEFAULT_SEED + 1);
        List<LoginEvent> otherEvents = new DemoLoginGenerator(other).stream().toList();
        assertNotEquals(events, otherEvents);
        assertNotEquals(events.subList(0, 100), otherEvents.subList(0, 100));
    }

    @Test
    void eventsAreInTimeOrderWithinThePeriod() {
        assertInOrderWithin(events, generator.config());
    }

    @Test
    void otherPeriodsAndSizesStayOrderedAcrossDaylightSavingChanges() {
        // Europe and the US change clocks on different Sundays in March 2027.
        DemoLoginConfig config = DemoLoginConfig.defaults().withUsers(60).withPeriod(Instant.parse("2027-03-10T13:45:00Z"), 21).withSeed(3);
        DemoLoginGenerator small = new DemoLoginGenerator(config);
        List<LoginEvent> smallEvents = small.stream().toList();
        assertInOrderWithin(smallEvents, config);
        assertTrue(smallEvents.stream().anyMatch(event -> event.timestamp().isBefore(config.start().plus(Duration.ofHours(12)))));
        assertTrue(smallEvents.stream().anyMatch(event -> event.timestamp().isAfter(config.end().minus(Duration.ofHours(12)))));
        small.injectedAttacks().forEach(attack -> assertFalse(attack.start().isBefore(config.attacksFrom()), attack.describe()));
    }

    @Test
    void sizeSuitsADemo() {
        assertTrue(events.size() > 50_000 && events.size() < 150_000, "events: " + events.size());
        long users = events.stream().map(LoginEvent::user).filter(user -> generator.population().user(user).isPresent()).distinct().count();
        assertEquals(generator.population().size(), users);
    }

    @Test
    void weekdaysAreFarBusierThanWeekendsAndDaytimeThanNight() {
        long weekdayEvents = 0;
        long weekendEvents = 0;
        long weekdayDaytime = 0;
        long weekdayNight = 0;
        for (LoginEvent event : events) {
            Optional<SyntheticUser> user = generator.population().user(event.user());
            if (user.isEmpty() || event.label().attack()) {
                continue;
            }
            ZonedDateTime local = event.timestamp().atZone(user.get().zone());
            if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekendEvents++;
                continue;
            }
            weekdayEvents++;
            if (local.getHour() >= 9 && local.getHour() < 17) {
                weekdayDaytime++;
            } else if (local.getHour() < 5) {
                weekdayNight++;
            }
        }
        // Four weeks: 20 weekdays and 8 weekend days; per weekday, 8 daytime hours (09-17) and 5 night hours (00-05).
        double perWeekday = weekdayEvents / 20.0;
        double perWeekendDay = weekendEvents / 8.0;
        double perDaytimeHour = weekdayDaytime / 8.0;
        double perNightHour = weekdayNight / 5.0;
        assertTrue(perWeekendDay > 0 && perNightHour > 0, "some people work odd hours: " + perWeekendDay + ", " + perNightHour);
        assertTrue(perWeekday > 10 * perWeekendDay, perWeekday + " per weekday vs " + perWeekendDay + " per weekend day");
        assertTrue(perDaytimeHour > 10 * perNightHour, perDaytimeHour + " per daytime hour vs " + perNightHour + " per night hour");
    }

    @Test
    void everyEventIsLabelledAndBenignOnesAsBenign() {
        Set<String> scenarios = Set.of("account_takeover", "password_spray", "lateral_movement");
        for (LoginEvent event : events) {
            assertNotNull(event.label(), event.toString());
            if (event.label().attack()) {
                assertTrue(scenarios.contains(event.label().scenario()), event.toString());
            } else {
                assertEquals(LoginLabel.BENIGN, event.label(), event.toString());
            }
        }
        long attackEvents = events.stream().filter(event -> event.label().attack()).count();
        assertEquals(generator.injectedAttacks().stream().mapToInt(InjectedAttack::eventCount).sum(), attackEvents);
    }

    @Test
    void attacksAreWellUnderOnePercentOfEvents() {
        long attackEvents = events.stream().filter(event -> event.label().attack()).count();
        assertTrue(attackEvents > 0);
        assertTrue(attackEvents < events.size() / 100, attackEvents + " of " + events.size());
    }

    @Test
    void withoutAttacksEverythingIsBenign() {
        DemoLoginGenerator quiet = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withAttacks(0, 0, 0));
        assertTrue(quiet.injectedAttacks().isEmpty());
        assertTrue(quiet.stream().allMatch(event -> event.label().equals(LoginLabel.BENIGN)));
    }

    @Test
    void internalLogonsComeFromPrivateAddressesAndWebSignInsFromPublicOnes() {
        for (LoginEvent event : events) {
            assertEquals("CORP", event.userDomain());
            assertNotNull(event.destinationHost(), event.toString());
            if (event.logonType().equals("web")) {
                assertEquals("password", event.authPackage(), event.toString());
                assertTrue(Country.locate(event.sourceIp()).isPresent(), event.toString());
            } else {
                assertTrue(event.sourceIp().startsWith("10."), event.toString());
                assertNotNull(event.sourceHost(), event.toString());
            }
        }
    }

    @Test
    void mostLogonsAreKerberosNetworkLogonsAndEveryKindOccurs() {
        long kerberosNetwork = events.stream().filter(event -> event.logonType().equals("Network") && event.authPackage().equals("Kerberos")).count();
        assertTrue(kerberosNetwork > events.size() / 2, kerberosNetwork + " of " + events.size());
        Set<String> kinds = Set.of("Network/Kerberos", "Network/NTLM", "Interactive/Kerberos", "RemoteInteractive/Negotiate", "web/password");
        for (String kind : kinds) {
            assertTrue(events.stream().anyMatch(event -> (event.logonType() + "/" + event.authPackage()).equals(kind)), kind);
        }
    }

    @Test
    void benignFailuresAreRareAndMostlyTyposFollowedBySuccess() {
        List<LoginEvent> failures = events.stream()
            .filter(event -> event.outcome() == LoginOutcome.FAILURE && event.label().attack() == false)
            .toList();
        assertTrue(failures.size() > events.size() / 500 && failures.size() < events.size() / 20, failures.size() + " failures");
        Set<String> reasons = Set.of("bad_password", "unknown_user", "account_locked");
        failures.forEach(failure -> assertTrue(reasons.contains(failure.failureReason()), failure.toString()));
        reasons.forEach(reason -> assertTrue(failures.stream().anyMatch(failure -> failure.failureReason().equals(reason)), reason));

        int typos = 0;
        int corrected = 0;
        for (int i = 0; i < events.size(); i++) {
            LoginEvent event = events.get(i);
            if (event.label().attack() == false && "bad_password".equals(event.failureReason())) {
                typos++;
                corrected += succeedsSoonAfter(i, Duration.ofMinutes(2)) ? 1 : 0;
            }
        }
        assertTrue(corrected > 0.8 * typos, corrected + " of " + typos + " typos corrected within two minutes");
        events.stream().filter(event -> event.outcome() == LoginOutcome.SUCCESS).forEach(event -> assertNull(event.failureReason()));
    }

    @Test
    void iteratorEndsCleanly() {
        Iterator<LoginEvent> iterator = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(20).withPeriod(DemoLoginConfig.DEFAULT_START, 7)).iterator();
        while (iterator.hasNext()) {
            iterator.next();
        }
        assertThrows(NoSuchElementException.class, iterator::next);
    }

    private static boolean succeedsSoonAfter(int failureIndex, Duration within) {
        LoginEvent failure = events.get(failureIndex);
        Instant deadline = failure.timestamp().plus(within);
        for (int i = failureIndex + 1; i < events.size() && events.get(i).timestamp().isBefore(deadline); i++) {
            LoginEvent later = events.get(i);
            if (later.outcome() == LoginOutcome.SUCCESS && later.user().equals(failure.user()) && later.logonType().equals(failure.logonType())) {
                return true;
            }
        }
        return false;
    }

    private static void assertInOrderWithin(List<LoginEvent> list, DemoLoginConfig config) {
        assertFalse(list.isEmpty());
        Instant previous = config.start();
        for (LoginEvent event : list) {
            assertFalse(event.timestamp().isBefore(previous), event + " comes after " + previous);
            previous = event.timestamp();
        }
        assertTrue(previous.isBefore(config.end()), previous.toString());
    }
}

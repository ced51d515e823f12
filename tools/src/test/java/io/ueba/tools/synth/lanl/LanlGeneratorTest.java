package io.ueba.tools.synth.lanl;

import io.ueba.ml.dataset.LanlAuthReader;
import io.ueba.ml.dataset.LanlRedteamLabels;
import io.ueba.ml.dataset.LoginFormat;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.ml.login.LoginEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanlGeneratorTest {

    private static final LanlConfig SMALL = new LanlConfig(7, 200, 360, 14);

    private static LanlGenerator generator;
    private static LanlDataset data;
    private static List<AuthEvent> benignLogons;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        generator = new LanlGenerator(SMALL);
        data = generator.generate();
        Set<String> redTeam = data.redTeam().stream().map(LanlGeneratorTest::key).collect(Collectors.toSet());
        benignLogons = data.events().stream().filter(AuthEvent::logOn).filter(event -> redTeam.contains(key(event)) == false).toList();
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
        LanlDataset again = new LanlGenerator(SMALL).generate();
        assertEquals(data.events(), again.events());
        assertEquals(data.redTeam(), again.redTeam());
        LanlDataset other = new LanlGenerator(new LanlConfig(8, 200, 360, 14)).generate();
        assertNotEquals(data.events().subList(0, 1000), other.events().subList(0, 1000));
        assertNotEquals(data.redTeam(), other.redTeam());
    }

    @Test
    void lanlAuthReaderReadsEveryLineAndEachRedTeamLineLabelsExactlyOneLogin() throws IOException {
        data.write(dir);
        LanlRedteamLabels labels;
        try (Reader in = Files.newBufferedReader(dir.resolve(LanlDataset.RED_TEAM_FILE))) {
            labels = LanlRedteamLabels.read(in);
        }
        assertEquals(data.redTeam().size(), labels.size(), "red-team lines are distinct");
        int logins = 0;
        int attacks = 0;
        int skipped = 0;
        try (LanlAuthReader reader = new LanlAuthReader(Files.newBufferedReader(dir.resolve(LanlDataset.AUTH_FILE)),
            LoginFormat.Options.DEFAULT_LANL_EPOCH, labels)) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case ParsedLine.Login login -> {
                        logins++;
                        attacks += login.event().label().attack() ? 1 : 0;
                    }
                    case ParsedLine.Skipped ignored -> skipped++;
                    case ParsedLine.Rejected rejected -> throw new AssertionError("line " + rejected.line() + ": " + rejected.reason());
                    case ParsedLine.Document document -> throw new AssertionError("a LANL line read as a document");
                }
            }
        }
        assertEquals(data.events().stream().filter(AuthEvent::logOn).count(), logins);
        assertEquals(data.events().size(), logins + skipped);
        assertEquals(data.redTeam().size(), attacks);
        assertTrue(Files.readString(dir.resolve(LanlDataset.AUTH_FILE)).lines().allMatch(line -> line.split(",", -1).length == 9));
    }

    @Test
    void linesAreInTimeOrderWithinThePeriodAndUseLanlVocabulary() {
        long previous = 1;
        for (AuthEvent event : data.events()) {
            assertTrue(event.time() >= previous && event.time() < SMALL.days() * LanlClock.DAY, event.line());
            previous = event.time();
        }
        Set<String> orientations = data.events().stream().map(AuthEvent::orientation).collect(Collectors.toSet());
        assertEquals(Set.of("LogOn", "LogOff", "TGS", "TGT"), orientations);
        Set<String> logonTypes = benignLogons.stream().map(AuthEvent::logonType).collect(Collectors.toSet());
        assertEquals(Set.of("Network", "Interactive", "RemoteInteractive", "Unlock", "Service", "Batch"), logonTypes);
        Set<String> authTypes = benignLogons.stream().map(AuthEvent::authType).collect(Collectors.toSet());
        assertEquals(Set.of("Kerberos", "NTLM", "Negotiate"), authTypes);
        assertTrue(benignLogons.stream().anyMatch(event -> event.sourceUser().startsWith("ANONYMOUS LOGON@")));
        assertTrue(benignLogons.stream().anyMatch(event -> event.sourceUser().matches("C\\d+\\$@DOM1")));
        assertTrue(benignLogons.stream().anyMatch(event -> event.success() == false));
        assertTrue(data.events().stream().allMatch(event -> event.source().matches("C\\d+") && event.destination().matches("C\\d+")));
    }

    @Test
    void weekdaysAreBusierThanWeekendsForPeople() {
        Map<Boolean, Long> byWeekend = benignLogons.stream().filter(event -> event.sourceUser().startsWith("U"))
            .collect(Collectors.partitioningBy(event -> LanlClock.weekend(LanlClock.day(event.time())), Collectors.counting()));
        // Four weekend days of fourteen: per day, weekends are far quieter.
        assertTrue(byWeekend.get(true) / 4.0 < byWeekend.get(false) / 10.0 / 5, byWeekend.toString());
    }

    @Test
    void helpDeskAccountsLogOnToManyMachinesAndToNewOnesEveryWeekday() {
        Map<String, Set<String>> destinations = new HashMap<>();
        benignLogons.forEach(event -> destinations.computeIfAbsent(event.sourceUser(), user -> new HashSet<>()).add(event.destination()));
        List<Person> helpDesk = people(Person.Kind.HELP_DESK);
        List<Integer> office = people(Person.Kind.OFFICE).stream().map(person -> destinations.getOrDefault(person.account(), Set.of()).size()).sorted().toList();
        int median = office.get(office.size() / 2);
        for (Person person : helpDesk) {
            assertTrue(destinations.get(person.account()).size() > 8 * median, person.account() + ": " + destinations.get(person.account()).size());
        }
        Set<String> pairs = new HashSet<>();
        Map<Integer, Integer> newPairsByDay = new HashMap<>();
        Set<String> helpDeskAccounts = helpDesk.stream().map(Person::account).collect(Collectors.toSet());
        for (AuthEvent event : benignLogons) {
            if (helpDeskAccounts.contains(event.sourceUser()) && pairs.add(event.source() + " " + event.destination())) {
                newPairsByDay.merge(LanlClock.day(event.time()), 1, Integer::sum);
            }
        }
        for (int day = 1; day < SMALL.days(); day++) {
            if (LanlClock.weekend(day) == false) {
                assertTrue(newPairsByDay.getOrDefault(day, 0) >= 5, "day " + day + ": " + newPairsByDay);
            }
        }
    }

    @Test
    void roamingPeopleUseSeveralMachinesAndHotDesksAreShared() {
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Set<String>> usersByMachine = new HashMap<>();
        for (AuthEvent event : benignLogons) {
            sources.computeIfAbsent(event.sourceUser(), user -> new HashSet<>()).add(event.source());
            if (event.logonType().equals(AuthLog.INTERACTIVE)) {
                usersByMachine.computeIfAbsent(event.destination(), machine -> new HashSet<>()).add(event.sourceUser());
            }
        }
        long roamers = people(Person.Kind.ROAMING).stream().filter(person -> sources.getOrDefault(person.account(), Set.of()).size() >= 3).count();
        assertTrue(roamers >= people(Person.Kind.ROAMING).size() / 2, "roaming people on three machines or more: " + roamers);
        for (Computer hotDesk : generator.inventory().withRole(Role.HOT_DESK)) {
            assertTrue(usersByMachine.getOrDefault(hotDesk.name(), Set.of()).size() >= 3, hotDesk.name() + ": " + usersByMachine.get(hotDesk.name()));
        }
    }

    @Test
    void newMachinesAppearAfterTheFirstDayAndAreUsedFromThen() {
        List<Computer> newMachines = generator.inventory().all().stream().filter(computer -> computer.firstDay() > 0).toList();
        assertTrue(newMachines.size() >= 5, "new machines: " + newMachines.size());
        assertTrue(newMachines.stream().anyMatch(computer -> computer.firstDay() >= SMALL.redTeamFromDay()), "some appear in the red team's days");
        Map<String, Long> firstSeen = new HashMap<>();
        for (AuthEvent event : data.events()) {
            firstSeen.putIfAbsent(event.source(), event.time());
            firstSeen.putIfAbsent(event.destination(), event.time());
        }
        for (Computer computer : newMachines) {
            assertEquals(computer.firstDay(), LanlClock.day(firstSeen.get(computer.name())), computer.name());
        }
        Set<String> newNames = newMachines.stream().map(Computer::name).collect(Collectors.toSet());
        assertTrue(benignLogons.stream().anyMatch(event -> event.sourceUser().startsWith("U") && newNames.contains(event.source())),
            "people log on from new machines");
    }

    @Test
    void redTeamLogonsGoToMachinesTheirAccountsNeverUsed() {
        Map<String, Set<String>> used = new HashMap<>();
        for (AuthEvent event : benignLogons) {
            Set<String> machines = used.computeIfAbsent(event.sourceUser(), user -> new HashSet<>());
            machines.add(event.source());
            machines.add(event.destination());
        }
        for (RedTeamLogin login : data.redTeam()) {
            assertFalse(used.getOrDefault(login.account(), Set.of()).contains(login.destination()), login.line());
        }
    }

    @Test
    void theRedTeamMovesLaterallyInTheLastThirdWithOwnAndStolenCredentials() {
        assertTrue(data.redTeam().size() >= 30 && data.redTeam().size() < 200, "red-team logins: " + data.redTeam().size());
        assertTrue(data.redTeam().stream().allMatch(login -> login.time() >= data.redTeamFrom()));
        Set<String> homes = new HashSet<>();
        Map<String, String> homeOf = new HashMap<>();
        generator.staff().people().forEach(person -> {
            if (person.home() != null) {
                homes.add(person.home().name());
                homeOf.put(person.account(), person.home().name());
            }
        });
        Set<String> footholds = data.redTeam().stream().map(RedTeamLogin::source).filter(homes::contains).collect(Collectors.toSet());
        Set<String> victims = data.redTeam().stream().filter(login -> login.source().equals(homeOf.get(login.account())))
            .map(RedTeamLogin::account).collect(Collectors.toSet());
        assertFalse(victims.isEmpty(), "victims' own credentials from their own desktops");
        assertTrue(data.redTeam().stream().map(RedTeamLogin::account).anyMatch(account -> victims.contains(account) == false), "stolen credentials");
        assertTrue(data.redTeam().stream().map(RedTeamLogin::source).anyMatch(source -> footholds.contains(source) == false), "hops from machines taken on the way");

        Map<String, AuthEvent> logons = new HashMap<>();
        data.events().stream().filter(AuthEvent::logOn).forEach(event -> logons.put(key(event), event));
        List<AuthEvent> redTeamLogons = new ArrayList<>();
        data.redTeam().forEach(login -> redTeamLogons.add(logons.get(key(login))));
        assertEquals(Set.of("NTLM", "Kerberos"), redTeamLogons.stream().filter(event -> event.logonType().equals("Network")).map(AuthEvent::authType)
            .collect(Collectors.toSet()));
        long workingHours = data.redTeam().stream().filter(login -> {
            double hour = (login.time() % LanlClock.DAY) / 3600.0;
            return LanlClock.weekend(LanlClock.day(login.time())) == false && hour >= 8 && hour < 18.5;
        }).count();
        assertTrue(workingHours > 0.6 * data.redTeam().size(), "in working hours: " + workingHours + " of " + data.redTeam().size());
    }

    @Test
    void tooFewComputersForThePeopleAreRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LanlConfig(1, 200, 100, 14));
        assertTrue(e.getMessage().startsWith("[--computers] must be a whole number from "), e.getMessage());
    }

    @Test
    void theLoginsReadAsLoginEventsWithTheirUsersAndMachines() throws IOException {
        data.write(dir);
        List<LoginEvent> logins = LoginFormat.LANL.readAll(Files.newBufferedReader(dir.resolve(LanlDataset.AUTH_FILE)),
            new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of(dir.resolve(LanlDataset.RED_TEAM_FILE))));
        RedTeamLogin first = data.redTeam().getFirst();
        LoginEvent attack = logins.stream().filter(login -> login.label().attack()).findFirst().orElseThrow();
        assertEquals(LoginFormat.Options.DEFAULT_LANL_EPOCH.plusSeconds(first.time()), attack.timestamp());
        assertEquals(first.account(), attack.user() + "@" + attack.userDomain());
        assertEquals(first.source(), attack.sourceHost());
        assertEquals(first.destination(), attack.destinationHost());
    }

    private static List<Person> people(Person.Kind kind) {
        return generator.staff().people().stream().filter(person -> person.kind() == kind).toList();
    }

    private static String key(AuthEvent event) {
        return event.time() + "," + event.sourceUser() + "," + event.source() + "," + event.destination();
    }

    private static String key(RedTeamLogin login) {
        return login.time() + "," + login.account() + "," + login.source() + "," + login.destination();
    }
}

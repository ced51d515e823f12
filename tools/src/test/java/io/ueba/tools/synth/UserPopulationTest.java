package io.ueba.tools.synth;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserPopulationTest {

    private final UserPopulation population = new DemoLoginGenerator(DemoLoginConfig.defaults()).population();

    @Test
    void hasTheConfiguredNumberOfUsersWithUniqueNames() {
        assertEquals(300, population.size());
        Set<String> names = new HashSet<>();
        population.users().forEach(user -> assertTrue(names.add(user.name()), "duplicate " + user.name()));
        assertTrue(population.user(population.users().get(42).name()).isPresent());
        assertTrue(population.user("nobody-has-this-name").isEmpty());
    }

    @Test
    void everyoneHasOneOrTwoWorkstationsOfTheirOwnInTheirSitesPrivateRange() {
        Set<Host> seen = new HashSet<>();
        for (SyntheticUser user : population.users()) {
            assertTrue(user.workstations().size() == 1 || user.workstations().size() == 2, user.toString());
            for (Host workstation : user.workstations()) {
                assertTrue(workstation.name().matches("WS-\\d{4}"), workstation.name());
                assertTrue(workstation.ip().startsWith("10." + user.site().privateOctet() + "."), workstation.ip());
                assertTrue(seen.add(workstation), "shared workstation " + workstation);
            }
        }
    }

    @Test
    void everyoneUsesAFewServersAndHasHomeAddressesInTheirCountry() {
        for (SyntheticUser user : population.users()) {
            assertTrue(user.usualServers().size() >= 3 && user.usualServers().size() <= 7, user.name() + " " + user.usualServers());
            assertFalse(user.homeIps().isEmpty(), user.name());
            user.homeIps().forEach(ip -> assertEquals(user.site().country(), Country.locate(ip).orElseThrow(), ip));
        }
    }

    @Test
    void adminsAreTheItStaffAndRdpToTheJumpServer() {
        List<SyntheticUser> admins = population.users().stream().filter(SyntheticUser::admin).toList();
        assertFalse(admins.isEmpty());
        admins.forEach(admin -> assertEquals(Department.IT, admin.department(), admin.name()));
        admins.forEach(admin -> assertTrue(admin.rdpServers().stream().anyMatch(host -> host.name().equals("SRV-JUMP-01")), admin.name()));
        assertEquals(admins.size(), population.users().stream().filter(user -> user.department() == Department.IT).count());
    }

    @Test
    void someOperationsStaffWorkNights() {
        List<SyntheticUser> nightShift = population.users().stream().filter(user -> user.shift().night()).toList();
        assertFalse(nightShift.isEmpty());
        assertTrue(nightShift.size() < population.size() / 10, "night shift: " + nightShift.size());
        nightShift.forEach(user -> assertEquals(Department.OPERATIONS, user.department(), user.name()));
    }

    @Test
    void populationFollowsTheSeed() {
        DemoLoginConfig config = DemoLoginConfig.defaults();
        assertEquals(population.users(), new DemoLoginGenerator(config).population().users());
        assertNotEquals(population.users(), new DemoLoginGenerator(config.withSeed(config.seed() + 1)).population().users());
    }
}

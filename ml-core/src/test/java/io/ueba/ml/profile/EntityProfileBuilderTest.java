package io.ueba.ml.profile;

import io.ueba.ml.features.ProfileFeatures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityProfileBuilderTest {

    private static EntityProfile officeWorker() {
        EntityProfileBuilder builder = new EntityProfileBuilder();
        for (int day = 0; day < 20; day++) {
            builder.add("alice", "ws-1", "srv-file", 9.25, null);
            builder.add("alice", "ws-1", "srv-mail", 13.5, null);
        }
        builder.add("alice", "vpn-gw", "srv-mail", 20.0, null);
        return builder.build("run-1");
    }

    @Test
    void remembersWhoCameFromWhereToWhere() {
        EntityProfile profile = officeWorker();
        assertEquals("run-1", profile.version());
        assertTrue(profile.knowsUser("alice"));
        assertFalse(profile.knowsUser("bob"));
        assertTrue(profile.hasSeenUserSource("alice", "ws-1"));
        assertFalse(profile.hasSeenUserSource("alice", "ws-2"));
        assertTrue(profile.hasSeenSourceDestination("ws-1", "srv-file"));
        assertFalse(profile.hasSeenSourceDestination("vpn-gw", "srv-file"));
        assertEquals(2, profile.distinctSources("alice"));
        assertEquals(0, profile.distinctSources("bob"));
    }

    @Test
    void hourDistanceIsZeroInsideUsualHoursAndGrowsAway() {
        EntityProfile profile = officeWorker();
        assertEquals(0.0, profile.hourDistance("alice", 9.9).orElseThrow(), 1e-9);
        assertEquals(0.0, profile.hourDistance("alice", 13.1).orElseThrow(), 1e-9);
        // 20:00 holds 1 of 41 logins, under the usual-hour share: 03:00 is 6 hours from 09:00.
        assertEquals(6.0, profile.hourDistance("alice", 3.0).orElseThrow(), 1e-9);
        assertEquals(6.0, profile.hourDistance("alice", 20.0).orElseThrow(), 1e-9);
        assertTrue(profile.hourDistance("bob", 3.0).isEmpty());
    }

    @Test
    void comparesALoginAsTheQuestionsOneByOneDo() {
        EntityProfile profile = withCountries();
        String[][] logins = {
            { "alice", "ws-1", "srv-file", "DE" },
            { "alice", "ws-2", "srv-file", "FR" },
            { "alice", "vpn-gw", "srv-file", "BR" },
            { "alice", "ws-1", "srv-db", null },
            { "bob", "ws-1", "srv-mail", "DE" },
            { "mallory", "ws-9", "srv-mail", "RU" } };
        for (String[] login : logins) {
            for (double hour : new double[] { 3.0, 9.9, 13.1, 20.0 }) {
                String user = login[0], source = login[1], destination = login[2], country = login[3];
                ProfileFeatures expected = new ProfileFeatures(
                    "run-2",
                    profile.knowsUser(user) == false,
                    profile.hasSeenUserSource(user, source) == false,
                    country != null && profile.hasSeenUserCountry(user, country) == false,
                    profile.hasSeenSourceDestination(source, destination) == false,
                    profile.hourDistance(user, hour).orElse(12),
                    profile.distinctSources(user));
                assertEquals(expected, profile.compare(user, source, destination, country, hour), String.join(" ", login) + " at " + hour);
            }
        }
        ProfileFeatures newcomer = profile.compare("mallory", "ws-9", "srv-mail", "RU", 3.0);
        assertTrue(newcomer.newUser() && newcomer.firstUserSource() && newcomer.firstUserCountry() && newcomer.firstSourceDestination());
        assertEquals(12.0, newcomer.hourDistance());
        ProfileFeatures usual = profile.compare("alice", "ws-1", "srv-file", "DE", 9.9);
        assertFalse(usual.newUser() || usual.firstUserSource() || usual.firstUserCountry() || usual.firstSourceDestination());
    }

    @Test
    void listsWhatItKnowsOfAUser() {
        EntityProfile profile = withCountries();
        assertEquals(Set.of("ws-1", "vpn-gw", "198.51.100.7"), profile.sourcesOf("alice"));
        assertEquals(Set.of("DE", "FR"), profile.countriesOf("alice"));
        assertEquals(List.of(9, 13), profile.usualHoursOf("alice"), "20:00 holds 1 of 42 logins, under the usual-hour share");
        assertEquals(Set.of(), profile.sourcesOf("mallory"));
        assertEquals(Set.of(), profile.countriesOf("mallory"));
        assertEquals(List.of(), profile.usualHoursOf("mallory"));
        assertEquals(Set.of(), profile.countriesOf("bob"), "no country was known for bob's logins");
        assertEquals(List.of(10), profile.usualHoursOf("bob"));
    }

    @Test
    void listsWhatItKnowsOfAHostFromEitherEnd() {
        EntityProfile profile = withCountries();
        assertEquals(Set.of("srv-file", "srv-mail"), profile.destinationsFrom("ws-1"));
        assertEquals(Set.of("alice", "bob"), profile.usersFrom("ws-1"));
        assertEquals(Set.of("ws-1", "vpn-gw", "198.51.100.7"), profile.sourcesTo("srv-mail"));
        assertEquals(Set.of("ws-1"), profile.sourcesTo("srv-file"));
        assertEquals(Set.of(), profile.sourcesTo("ws-1"), "nobody logged in to ws-1");
        assertEquals(Set.of(), profile.destinationsFrom("srv-mail"), "srv-mail never was a source");
        assertEquals(Set.of(), profile.usersFrom("srv-mail"));
        assertEquals(Set.of(), profile.usersFrom("nowhere"));
    }

    @Test
    void aDecodedProfileListsTheSame() throws IOException {
        EntityProfile profile = withCountries();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EntityProfileCodec.write(profile, new DataOutputStream(bytes));
        EntityProfile copy = EntityProfileCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (String user : List.of("alice", "bob", "mallory")) {
            assertEquals(profile.sourcesOf(user), copy.sourcesOf(user));
            assertEquals(profile.countriesOf(user), copy.countriesOf(user));
            assertEquals(profile.usualHoursOf(user), copy.usualHoursOf(user));
        }
        for (String entity : List.of("ws-1", "srv-mail", "198.51.100.7")) {
            assertEquals(profile.destinationsFrom(entity), copy.destinationsFrom(entity));
            assertEquals(profile.sourcesTo(entity), copy.sourcesTo(entity));
            assertEquals(profile.usersFrom(entity), copy.usersFrom(entity));
        }
    }

    /** The office worker, once abroad through the VPN and once from a public address, and bob, who shares her workstation. */
    private static EntityProfile withCountries() {
        EntityProfileBuilder builder = new EntityProfileBuilder();
        for (int day = 0; day < 20; day++) {
            builder.add("alice", "ws-1", "srv-file", 9.25, null);
            builder.add("alice", "ws-1", "srv-mail", 13.5, null);
            builder.add("bob", "ws-1", "srv-mail", 10.75, null);
        }
        builder.add("alice", "vpn-gw", "srv-mail", 20.0, "FR");
        builder.add("alice", "198.51.100.7", "srv-mail", 13.0, "DE");
        return builder.build("run-2");
    }
}

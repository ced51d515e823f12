package io.ueba.ml.profile;

import org.junit.jupiter.api.Test;

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
}

package io.ueba.ml.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityViewTest {

    /** Alice from her workstation, from its address when a log named no host, and once from abroad; carol shares the workstation. */
    private static final EntityProfile PROFILE = profile();

    private static EntityProfile profile() {
        EntityProfileBuilder builder = new EntityProfileBuilder();
        for (int day = 0; day < 20; day++) {
            builder.add("alice", "ws-0233", "srv-file", 8.5, null);
            builder.add("alice", "10.1.2.33", "srv-mail", 13.25, null);
            builder.add("carol", "ws-0233", "srv-db", 16.0, null);
        }
        builder.add("alice", "198.51.100.7", "vpn-gw", 21.5, "DE");
        return builder.build("run-9");
    }

    @Test
    void aUserHasItsSourcesCountriesAndUsualHours() {
        assertEquals(new UserView("alice", true, new BoundedList(3, List.of("10.1.2.33", "198.51.100.7", "ws-0233")),
            new BoundedList(1, List.of("DE")), List.of(8, 13), 3), EntityView.of(PROFILE, EntityKind.USER, "alice", 20));
        assertEquals(new UserView("alice", true, new BoundedList(3, List.of("10.1.2.33")), new BoundedList(1, List.of("DE")), List.of(8, 13), 3),
            EntityView.of(PROFILE, EntityKind.USER, "alice", 1), "the hours are never more than 24 and are not bounded");
    }

    @Test
    void aHostHasItsUsersAndDestinationsAsASourceAndItsSourcesAsADestination() {
        assertEquals(new EndpointView(EntityKind.HOST, "ws-0233", true, new BoundedList(2, List.of("alice", "carol")), BoundedList.EMPTY,
            new BoundedList(2, List.of("srv-db", "srv-file"))), EntityView.of(PROFILE, EntityKind.HOST, "ws-0233", 20));
        assertEquals(new EndpointView(EntityKind.HOST, "srv-file", true, BoundedList.EMPTY, new BoundedList(1, List.of("ws-0233")),
            BoundedList.EMPTY), EntityView.of(PROFILE, EntityKind.HOST, "srv-file", 20));
        assertEquals(new EndpointView(EntityKind.HOST, "ws-0233", true, new BoundedList(2, List.of("alice")), BoundedList.EMPTY,
            new BoundedList(2, List.of("srv-db"))), EntityView.of(PROFILE, EntityKind.HOST, "ws-0233", 1));
    }

    @Test
    void anAddressIsAnEntityWhereALoginNamedNoHost() {
        assertEquals(new EndpointView(EntityKind.IP, "10.1.2.33", true, new BoundedList(1, List.of("alice")), BoundedList.EMPTY,
            new BoundedList(1, List.of("srv-mail"))), EntityView.of(PROFILE, EntityKind.IP, "10.1.2.33", 20));
    }

    @Test
    void anEntityTheProfileNeverSawIsUnknownWithEmptyLists() {
        assertEquals(new UserView("mallory", false, BoundedList.EMPTY, BoundedList.EMPTY, List.of(), 0),
            EntityView.of(PROFILE, EntityKind.USER, "mallory", 20));
        assertEquals(new EndpointView(EntityKind.IP, "203.0.113.9", false, BoundedList.EMPTY, BoundedList.EMPTY, BoundedList.EMPTY),
            EntityView.of(PROFILE, EntityKind.IP, "203.0.113.9", 20));
    }

    @Test
    void withoutAProfileEveryEntityIsUnknown() {
        assertEquals(new UserView("alice", false, BoundedList.EMPTY, BoundedList.EMPTY, List.of(), 0), EntityView.of(null, EntityKind.USER, "alice", 20));
        assertEquals(new EndpointView(EntityKind.HOST, "ws-0233", false, BoundedList.EMPTY, BoundedList.EMPTY, BoundedList.EMPTY),
            EntityView.of(null, EntityKind.HOST, "ws-0233", 20));
    }
}

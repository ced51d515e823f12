package io.ueba.ml.profile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityKindTest {

    @Test
    void eachKindNamesItsEntityAsTheModelsDo() {
        assertEquals("alice", EntityKind.USER.normalize("CORP\\Alice"));
        assertEquals("alice", EntityKind.USER.normalize("alice@corp.example"));
        assertEquals("ws-01.corp", EntityKind.HOST.normalize(" WS-01.corp. "));
        assertEquals("2001:db8::1", EntityKind.IP.normalize(" 2001:DB8::1 "));
        assertEquals("10.1.2.33", EntityKind.IP.normalize("10.1.2.33"));
    }

    @Test
    void readsItsJsonNameAndRefusesAnyOtherNamingKind() {
        assertEquals(EntityKind.USER, EntityKind.fromJson("user"));
        assertEquals(EntityKind.HOST, EntityKind.fromJson("host"));
        assertEquals(EntityKind.IP, EntityKind.fromJson("ip"));
        assertEquals("ip", EntityKind.IP.jsonName());
        assertEquals("[kind] must be user, host or ip, got [User]",
            assertThrows(IllegalArgumentException.class, () -> EntityKind.fromJson("User")).getMessage());
        assertEquals("[kind] must be user, host or ip, got [null]",
            assertThrows(IllegalArgumentException.class, () -> EntityKind.fromJson(null)).getMessage());
    }
}

package io.ueba.ml.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityNamesTest {

    @Test
    void userFormsFromDifferentLogsMeetInOneName() {
        assertEquals("alice", EntityNames.user("CORP\\Alice"));
        assertEquals("alice", EntityNames.user("alice@corp.example"));
        assertEquals("alice", EntityNames.user(" ALICE "));
        assertEquals("c123$", EntityNames.user("C123$@DOM1"));
    }

    @Test
    void hostsLoseCaseAndTheTrailingDot() {
        assertEquals("ws-01.corp", EntityNames.host("WS-01.corp."));
    }

    @Test
    void relationNamesMissingPartsUnknown() {
        assertEquals("kerberos/network", EntityNames.relation("Kerberos", "Network"));
        assertEquals("unknown/interactive", EntityNames.relation(null, "Interactive"));
        assertEquals("ntlm/unknown", EntityNames.relation("NTLM", " "));
    }

    @Test
    void anEndpointIsItsHostElseItsIpElseUnknown() {
        assertEquals("ws-01.corp", EntityNames.endpoint("WS-01.corp.", "10.0.0.5"));
        assertEquals("fe80::1", EntityNames.endpoint(" ", " FE80::1"));
        assertEquals("unknown", EntityNames.endpoint(null, null));
    }
}

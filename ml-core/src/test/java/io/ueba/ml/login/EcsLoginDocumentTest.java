package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EcsLoginDocumentTest {

    private static final LoginEvent EVENT = new LoginEvent(Instant.parse("2026-11-23T06:00:00Z"), "alice", "CORP",
        "10.0.0.5", "ws-1", "DE", "srv-file", "10.0.1.1", LoginOutcome.FAILURE, "NTLM", "Network", "bad_password",
        LoginLabel.attack("password_spray"));

    @Test
    void writesNestedEcs() {
        Map<String, Object> document = EcsLoginDocument.toDocument(EVENT);
        assertEquals("alice", EcsLoginDocument.get(document, "user.name"));
        assertEquals("CORP", EcsLoginDocument.get(document, "user.domain"));
        assertEquals("DE", EcsLoginDocument.get(document, "source.geo.country_iso_code"));
        assertEquals(List.of("authentication"), EcsLoginDocument.get(document, "event.category"));
        assertEquals("failure", EcsLoginDocument.get(document, "event.outcome"));
        assertEquals("bad_password", EcsLoginDocument.get(document, "event.reason"));
        assertEquals(true, EcsLoginDocument.get(document, "label.attack"));
        assertEquals("password_spray", EcsLoginDocument.get(document, "label.scenario"));
    }

    @Test
    void whatItWritesIsReadBackAsTheSameLogin() {
        LoginEvent read = new LoginSourceReader(LoginFields.ECS, Duration.ofDays(1), System::currentTimeMillis)
            .read(EcsLoginDocument.toDocument(EVENT)).event();
        // The reader takes what the models read: neither the domain, the failure's reason nor the ground truth.
        assertEquals(new LoginEvent(EVENT.timestamp(), EVENT.user(), null, EVENT.sourceIp(), EVENT.sourceHost(), EVENT.sourceCountry(),
            EVENT.destinationHost(), EVENT.destinationIp(), EVENT.outcome(), EVENT.authPackage(), EVENT.logonType(), null, null), read);
    }

    @Test
    void writesFurtherFieldsAtTheirPathsWithoutOverwritingTheSchemas() {
        LoginEvent withFields = EVENT.withAttributes(Map.of("ssh.client", "openssh_9.6", "user.name", "mallory", "user.name.first", "m"));
        Map<String, Object> document = EcsLoginDocument.toDocument(withFields);
        assertEquals("openssh_9.6", EcsLoginDocument.get(document, "ssh.client"));
        assertEquals("alice", EcsLoginDocument.get(document, "user.name"));
        assertEquals(Map.of("ssh.client", "openssh_9.6"), LoginAttributes.read(document, List.of("ssh.client", "user.name.first")));
    }

    @Test
    void getsDottedKeysAndNestedObjects() {
        assertEquals("bob", EcsLoginDocument.get(Map.of("user.name", "bob"), "user.name"));
        assertEquals("bob", EcsLoginDocument.get(Map.of("user", Map.of("name", "bob")), "user.name"));
        assertEquals(443, EcsLoginDocument.get(Map.of("vpn.tunnel", Map.of("port", 443)), "vpn.tunnel.port"));
        assertEquals(443, EcsLoginDocument.get(Map.of("vpn", Map.of("tunnel.port", 443)), "vpn.tunnel.port"));
        assertNull(EcsLoginDocument.get(Map.of("user", "bob"), "user.name"));
    }
}

package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsLoginDocumentTest {

    private static final LoginEvent EVENT = new LoginEvent(Instant.parse("2026-11-23T06:00:00Z"), "alice", "CORP",
        "10.0.0.5", "ws-1", "srv-file", "10.0.1.1", LoginOutcome.FAILURE, "NTLM", "Network", "bad_password",
        LoginLabel.attack("password_spray"));

    @Test
    void writesNestedEcsAndReadsItBack() {
        Map<String, Object> document = EcsLoginDocument.toDocument(EVENT);
        assertEquals("alice", EcsLoginDocument.get(document, "user.name"));
        assertEquals(List.of("authentication"), EcsLoginDocument.get(document, "event.category"));
        assertEquals("failure", EcsLoginDocument.get(document, "event.outcome"));
        assertEquals(true, EcsLoginDocument.get(document, "label.attack"));
        assertEquals(EVENT, EcsLoginDocument.fromDocument(document));
    }

    @Test
    void readsDottedKeys() {
        LoginEvent event = EcsLoginDocument.fromDocument(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user.name", "bob"));
        assertEquals("bob", event.user());
        assertEquals(LoginOutcome.UNKNOWN, event.outcome());
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertMessage(Map.of("user", Map.of("name", "bob")), "[@timestamp] is required");
        assertMessage(Map.of("@timestamp", "yesterday", "user.name", "bob"), "[@timestamp] is not an ISO-8601 instant");
        assertMessage(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user.name", List.of("a")), "[user.name] must be a string");
        assertMessage(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user.name", "bob", "event.outcome", "maybe"), "[event.outcome]");
        assertMessage(Map.of("@timestamp", "2026-11-23T06:00:00Z", "user.name", "bob", "label.attack", "yes"), "[label.attack]");
    }

    private static void assertMessage(Map<String, Object> document, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EcsLoginDocument.fromDocument(document));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

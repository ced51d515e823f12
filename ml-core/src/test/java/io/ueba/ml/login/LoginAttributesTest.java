package io.ueba.ml.login;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LoginAttributesTest {

    @Test
    void readsNestedAndDottedPathsAsTrimmedLowerCaseText() {
        Map<String, Object> source = Map.of(
            "ssh", Map.of("client", " SSH-2.0-OpenSSH_9.6 "),
            "event.action", "Logon",
            "vpn", Map.of("tunnel.port", 443, "mfa", true)
        );

        Map<String, String> read = LoginAttributes.read(source, List.of("ssh.client", "event.action", "vpn.tunnel.port", "vpn.mfa"));

        assertEquals(Map.of("ssh.client", "ssh-2.0-openssh_9.6", "event.action", "logon", "vpn.tunnel.port", "443", "vpn.mfa", "true"), read);
    }

    @Test
    void leavesOutWhatIsMissingEmptyTooLongOrNotOneValue() {
        Map<String, Object> source = Map.of(
            "a", "  ",
            "b", "x".repeat(LoginSourceReader.MAX_VALUE_LENGTH + 1),
            "c", List.of("one", "two"),
            "d", Map.of("e", "f"),
            "g", "scalar where an object would be"
        );

        assertEquals(Map.of(), LoginAttributes.read(source, List.of("a", "b", "c", "d", "g.h", "missing.path")));
    }

    @Test
    void attachingAddsTheAskedFieldsToWhatTheLoginCarriesAlready() {
        LoginEvent login = new LoginEvent(Instant.parse("2026-11-23T06:00:00Z"), "alice", null, null, "ws-1", null, "srv-1", null,
            LoginOutcome.SUCCESS, "Kerberos", "Network", null, null).withAttributes(Map.of("ssh.client", "openssh_9.6"));
        Map<String, Object> document = Map.of("event", Map.of("action", "Logon"), "ssh", Map.of("client", "PuTTY"));

        assertSame(login, LoginAttributes.attach(login, document, List.of()), "no field asked for");
        assertEquals(Map.of("ssh.client", "openssh_9.6", "event.action", "logon"),
            LoginAttributes.attach(login, document, List.of("event.action", "ssh.client")).attributes(), "what it carried stays");
    }
}

package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsDocumentLoginTest {

    private static final String LOGIN = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}";

    private static List<LoginLabel> labels(String... labels) {
        return Stream.of(labels).map(label -> EcsDocumentLogin.read(LOGIN + label + "}", Set.of()).label()).toList();
    }

    private static String refusal(String label) {
        return assertThrows(IllegalArgumentException.class, () -> EcsDocumentLogin.read(LOGIN + label + "}", Set.of())).getMessage();
    }

    @Test
    void aLabelIsAlsoReadAsZeroOneTrueOrFalseInPlaceOfTheLabelObject() {
        assertEquals(List.of(LoginLabel.of(true), LoginLabel.BENIGN, LoginLabel.of(true), LoginLabel.BENIGN, LoginLabel.of(true), LoginLabel.BENIGN,
            LoginLabel.of(true), LoginLabel.BENIGN), labels(", \"label\": 1", ", \"label\": 0", ", \"label\": true", ", \"label\": false",
            ", \"label\": \"1\"", ", \"label\": \"0\"", ", \"label\": \"True\"", ", \"label\": \"false\""));
    }

    @Test
    void labelAttackTakesTheSameValuesNestedOrDottedWithItsScenario() {
        assertEquals(LoginLabel.attack("spray"), labels(", \"label\": {\"attack\": 1, \"scenario\": \"spray\"}").getFirst());
        assertEquals(LoginLabel.BENIGN, labels(", \"label.attack\": \"false\"").getFirst());
        assertEquals(LoginLabel.of(true), labels(", \"label\": {\"attack\": true}").getFirst());
        assertNull(EcsDocumentLogin.read(LOGIN + "}", Set.of()).label());
    }

    @Test
    void anythingElseInTheLabelIsRefusedSayingWhereLabelsGo() {
        for (String label : List.of(", \"label\": \"yes\"", ", \"label\": 2", ", \"label\": [1]", ", \"label\": {\"is_attack\": 1}",
            ", \"label\": {\"attack\": \"maybe\"}")) {
            assertTrue(refusal(label).endsWith("a label is [label] as 0, 1, true or false, or an object with [label.attack] as one of those"
                + " and an optional [label.scenario]"), refusal(label));
        }
        String scenario = refusal(", \"label\": {\"attack\": true, \"scenario\": {\"name\": \"x\"}}");
        assertTrue(scenario.startsWith("[label.scenario] must be a string"), scenario);
    }

    @Test
    void theLoginIsReadAsTheInstalledPipelineReadsIt() {
        LoginEvent login = EcsDocumentLogin.read("{\"@timestamp\": 1795420800000, \"user\": {\"name\": \"bob\"}, \"host\": {\"name\": \"DC-01\"},"
            + " \"event.outcome\": \"succeeded\"}", Set.of());
        assertEquals("DC-01", login.destinationHost());
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
    }

    @Test
    void theFieldsModelsWillReadAreKeptWithTheLoginAsIngestKeepsThem() {
        String document = LOGIN + ", \"ssh\": {\"client\": \" SSH-2.0-PuTTY_0.70\"}, \"event.action\": \"logon\"}";
        assertEquals(Map.of("ssh.client", "ssh-2.0-putty_0.70", "event.action", "logon"),
            EcsDocumentLogin.read(document, Set.of("ssh.client", "event.action", "vpn.method")).attributes());
        assertEquals(Map.of(), EcsDocumentLogin.read(document, Set.of()).attributes());
    }
}

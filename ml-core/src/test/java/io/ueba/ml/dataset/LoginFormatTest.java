package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import io.ueba.ml.login.LoginEvent;

import java.io.StringReader;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginFormatTest {

    private static final LoginFormat.Options NO_LABELS = new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of());

    @Test
    void readingEveryLoginLeavesOutLinesThatAreNoLogins() throws Exception {
        String log = "datetime,source_ip,username,success,failure_reason\n2019-01-01 00:00:01,10.0.0.1,alice,True,\n\n";
        assertEquals(1, LoginFormat.BOOK_CH11.readAll(new StringReader(log), NO_LABELS).size());
    }

    @Test
    void everyLoginKeepsTheFieldsModelsWillReadAsItsDocumentHasThem() throws Exception {
        LoginFormat.Options reading = new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of(), Set.of("event.outcome", "ssh.client"));
        String book = "datetime,source_ip,username,success,failure_reason\n2019-01-01 00:00:01,10.0.0.1,alice,False,bad password\n";
        assertEquals(Map.of("event.outcome", "failure"), LoginFormat.BOOK_CH11.readAll(new StringReader(book), reading).getFirst().attributes(),
            "a login read from a log line, as its document in a node has it");
        String ecs = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}, \"ssh\": {\"client\": \"PuTTY\"}}\n";
        assertEquals(Map.of("ssh.client", "putty"), LoginFormat.ECS_NDJSON.readAll(new StringReader(ecs), reading).getFirst().attributes(),
            "a login read from a document");
        assertEquals(Map.of(), LoginFormat.ECS_NDJSON.readAll(new StringReader(ecs), NO_LABELS).getFirst().attributes(), "no model reads them");
    }

    @Test
    void readingEveryLoginRefusesALineThatCannotBeRead() {
        String log = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}}\n"
            + "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"bob\"}, \"label\": \"yes\"}\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LoginFormat.ECS_NDJSON.readAll(new StringReader(log), NO_LABELS));
        assertEquals("line 2 cannot be read: [label] must be 0, 1, true or false, got [yes]: a label is [label] as 0, 1, true or false, or an object"
            + " with [label.attack] as one of those and an optional [label.scenario]", refused.getMessage());
    }

    @Test
    void aFormatThatTheNodeMapsIsReadOnlyThroughItsPipeline() throws Exception {
        String events = "{\"EventID\": 4624}\n{\"EventID\": 4634}\n{\"EventID\": 4625}\n";
        assertEquals("windows events are mapped into logins by the node's ueba-windows pipeline: read them through a node",
            assertThrows(IllegalArgumentException.class, () -> LoginFormat.WINDOWS.readAll(new StringReader(events), NO_LABELS)).getMessage());

        List<String> pipelines = new ArrayList<>();
        NodeMapping mapping = (pipeline, documents) -> {
            pipelines.add(pipeline);
            return documents.stream().<ParsedLine>map(document -> switch (document.json()) {
                case "{\"EventID\": 4624}" -> new ParsedLine.Document(document.line(), "{\"@timestamp\": \"2026-11-20T08:15:02Z\", \"user\": {\"name\": \"alice\"}}");
                case "{\"EventID\": 4634}" -> new ParsedLine.Skipped(document.line(), "dropped");
                default -> new ParsedLine.Rejected(document.line(), "ueba-windows: no user");
            }).toList();
        };
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LoginFormat.WINDOWS.readAll(new StringReader(events), NO_LABELS, mapping));
        assertEquals("line 3 cannot be read: ueba-windows: no user", refused.getMessage());

        List<LoginEvent> logins = LoginFormat.WINDOWS.readAll(new StringReader(events.substring(0, events.lastIndexOf("{"))), NO_LABELS, mapping);
        assertEquals(List.of("alice"), logins.stream().map(LoginEvent::user).toList());
        assertEquals(List.of("ueba-windows", "ueba-windows"), pipelines);
    }

    @Test
    void zeekKerberosAndNtlmAreReadByTheirOwnReaders() throws Exception {
        String kerberos = "{\"ts\": 1700000000.0, \"id.orig_h\": \"10.1.2.3\", \"id.resp_h\": \"10.0.0.10\", \"request_type\": \"TGS\","
            + " \"client\": \"alice/CORP.LOCAL\", \"service\": \"host/srv1.corp.local\", \"success\": true, \"cipher\": \"rc4-hmac\"}\n";
        String ntlm = "{\"ts\": 1700000000.0, \"id.orig_h\": \"10.1.2.3\", \"id.resp_h\": \"10.0.5.20\", \"username\": \"bob\","
            + " \"success\": false}\n{\"ts\": 1700000001.0, \"id.orig_h\": \"10.1.2.3\", \"id.resp_h\": \"10.0.5.20\"}\n";
        LoginFormat kerberosFormat = LoginFormat.fromName("zeek-kerberos");
        LoginFormat ntlmFormat = LoginFormat.fromName("ZEEK-NTLM");
        List<LoginEvent> tickets = kerberosFormat.readAll(new StringReader(kerberos), NO_LABELS);
        assertEquals(List.of("alice TGS rc4-hmac srv1"),
            tickets.stream().map(login -> login.user() + " " + login.logonType() + " " + login.destinationHost()).toList());
        List<LoginEvent> challenges = ntlmFormat.readAll(new StringReader(ntlm), NO_LABELS);
        assertEquals(List.of("bob ntlm/network 10.0.5.20"),
            challenges.stream().map(login -> login.user() + " " + login.authPackage() + "/" + login.logonType() + " " + login.destinationIp()).toList());
        LoginFormat.Options labelled = new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of(Path.of("labels.csv")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ntlmFormat.open(new StringReader(ntlm), labelled));
        assertTrue(refused.getMessage().contains("zeek-ntlm"), refused.getMessage());
    }
}

package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZeekNtlmReaderTest {

    private static final String FIELDS = String.join("\t", "#fields", "ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
        "username", "hostname", "domainname", "server_nb_computer_name", "server_dns_computer_name", "server_tree_name", "success");

    private static List<ParsedLine> read(String... lines) {
        return Lines.all(new ZeekNtlmReader(new StringReader(String.join("\n", lines) + "\n")));
    }

    private static LoginEvent login(ParsedLine line) {
        return Lines.login(line).event();
    }

    @Test
    void readsAuthenticationsFromTsv() {
        List<ParsedLine> lines = read(
            "#separator \\x09",
            "#path\tntlm",
            FIELDS,
            "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\tstring\tstring\tbool",
            Lines.tsvRow("1700000100.500000", "CN1", "10.1.2.3", "49800", "10.0.5.20", "445", "alice", "WS-ALICE", "CORP",
                "SRV-FILE-01", "srv-file-01.corp.local", "corp.local", "T"),
            Lines.tsvRow("1700000101.000000", "CN2", "10.1.2.4", "49801", "10.0.5.21", "445", "bob", "-", "CORP",
                "SRV-FILE-02", "-", "-", "F"),
            Lines.tsvRow("1700000102.000000", "CN3", "10.1.2.5", "49802", "10.0.5.22", "135", "carol", "WS-CAROL", "(empty)",
                "-", "-", "-", "-"),
            "#close\t2023-11-14-22-30-00");
        LoginEvent first = login(lines.get(4));
        assertEquals(Instant.ofEpochSecond(1_700_000_100L, 500_000_000L), first.timestamp());
        assertEquals("alice", first.user());
        assertEquals("CORP", first.userDomain());
        assertEquals("10.1.2.3", first.sourceIp());
        assertEquals("WS-ALICE", first.sourceHost());
        assertEquals("srv-file-01", first.destinationHost());
        assertEquals("10.0.5.20", first.destinationIp());
        assertEquals(LoginOutcome.SUCCESS, first.outcome());
        assertEquals("ntlm", first.authPackage());
        assertEquals("network", first.logonType());
        assertNull(first.failureReason());
        LoginEvent second = login(lines.get(5));
        assertNull(second.sourceHost());
        assertEquals("SRV-FILE-02", second.destinationHost());
        assertEquals(LoginOutcome.FAILURE, second.outcome());
        LoginEvent third = login(lines.get(6));
        assertNull(third.userDomain());
        assertEquals("10.0.5.22", third.destinationHost());
        assertEquals("10.0.5.22", third.destinationIp());
        assertEquals(LoginOutcome.UNKNOWN, third.outcome());
        assertEquals("header", Lines.skipReason(lines.get(7)));
    }

    @Test
    void olderLogsGiveTheOutcomeAsAStatus() {
        List<ParsedLine> lines = read(
            String.join("\t", "#fields", "ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "username", "hostname",
                "domainname", "server_nb_computer_name", "server_dns_computer_name", "server_tree_name", "status", "done"),
            Lines.tsvRow("1500000000.0", "CO1", "192.168.1.10", "50100", "192.168.1.2", "445", "dave", "WS-DAVE", "CORP", "DC01", "dc01.corp.local",
                "corp.local", "SUCCESS", "T"),
            Lines.tsvRow("1500000001.0", "CO2", "192.168.1.11", "50101", "192.168.1.2", "445", "erin", "WS-ERIN", "CORP", "DC01", "dc01.corp.local",
                "corp.local", "LOGON_FAILURE", "T"),
            "{\"ts\":1500000002.0,\"id.orig_h\":\"192.168.1.12\",\"id.resp_h\":\"192.168.1.2\",\"username\":\"frank\",\"status\":\"ACCOUNT_DISABLED\"}");
        LoginEvent succeeded = login(lines.get(1));
        assertEquals(LoginOutcome.SUCCESS, succeeded.outcome());
        assertNull(succeeded.failureReason());
        LoginEvent failed = login(lines.get(2));
        assertEquals(LoginOutcome.FAILURE, failed.outcome());
        assertEquals("LOGON_FAILURE", failed.failureReason());
        LoginEvent disabled = login(lines.get(3));
        assertEquals(LoginOutcome.FAILURE, disabled.outcome());
        assertEquals("ACCOUNT_DISABLED", disabled.failureReason());
    }

    @Test
    void readsJsonLinesWithDottedOrFlattenedKeys() {
        List<ParsedLine> lines = read(
            "{\"ts\":1700000110.000001,\"uid\":\"CJ1\",\"id.orig_h\":\"10.1.2.7\",\"id.orig_p\":49900,\"id.resp_h\":\"10.0.5.30\","
                + "\"id.resp_p\":445,\"username\":\"gina\",\"hostname\":\"WS-GINA\",\"domainname\":\"CORP\","
                + "\"server_nb_computer_name\":\"SRV-APP\",\"server_dns_computer_name\":\"srv-app.corp.local\",\"success\":true}",
            "{\"ts\":1700000111.0,\"uid\":\"CJ2\",\"id_orig_h\":\"10.1.2.8\",\"id_orig_p\":49901,\"id_resp_h\":\"10.0.5.31\","
                + "\"id_resp_p\":445,\"username\":\"hank\",\"domainname\":\"CORP\",\"server_nb_computer_name\":\"SRV-OLD\",\"success\":false}");
        LoginEvent dotted = login(lines.get(0));
        assertEquals(Instant.ofEpochSecond(1_700_000_110L, 1_000L), dotted.timestamp());
        assertEquals("gina", dotted.user());
        assertEquals("10.1.2.7", dotted.sourceIp());
        assertEquals("WS-GINA", dotted.sourceHost());
        assertEquals("srv-app", dotted.destinationHost());
        assertEquals(LoginOutcome.SUCCESS, dotted.outcome());
        LoginEvent flattened = login(lines.get(1));
        assertEquals("hank", flattened.user());
        assertEquals("10.1.2.8", flattened.sourceIp());
        assertEquals("SRV-OLD", flattened.destinationHost());
        assertEquals("10.0.5.31", flattened.destinationIp());
        assertEquals(LoginOutcome.FAILURE, flattened.outcome());
    }

    @Test
    void aLineWithoutAUsernameIsSkipped() {
        List<ParsedLine> lines = read(
            FIELDS,
            Lines.tsvRow("1700000120.0", "CN4", "10.1.2.9", "49810", "10.0.5.20", "445", "-", "-", "-", "SRV-FILE-01", "srv-file-01.corp.local",
                "corp.local", "-"),
            Lines.tsvRow("1700000121.0", "CN5", "10.1.2.9", "49811", "10.0.5.20", "445", "(empty)", "WS-X", "(empty)", "SRV-FILE-01", "-", "-", "T"),
            "{\"ts\":1700000122.0,\"id.orig_h\":\"10.1.2.9\",\"id.resp_h\":\"10.0.5.20\",\"username\":\"\",\"success\":true}");
        for (int line = 1; line < 4; line++) {
            assertTrue(Lines.skipReason(lines.get(line)).startsWith("no username"), lines.get(line).toString());
        }
    }

    @Test
    void rejectsLinesItCannotReadNamingTheField() {
        List<ParsedLine> lines = read(
            FIELDS,
            Lines.tsvRow("1700000130,5", "CN6", "10.1.2.3", "49820", "10.0.5.20", "445", "alice", "WS-ALICE", "CORP", "-", "-", "-", "T"),
            "{\"ts\":1700000131.0,\"id.resp_h\":\"10.0.5.20\",\"username\":\"alice\",\"success\":true}",
            Lines.tsvRow("1700000132.0", "CN7", "10.1.2.3", "49821", "-", "445", "alice", "WS-ALICE", "CORP", "SRV-FILE-01", "-", "-", "T"),
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tclient\tservice",
            Lines.tsvRow("1700000133.0", "CN8", "10.1.2.3", "49822", "10.0.0.10", "88", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL"));
        assertEquals("[ts] is neither epoch seconds nor an ISO 8601 instant: [1700000130,5]", Lines.rejection(lines.get(1)));
        assertEquals("[id.orig_h] is missing", Lines.rejection(lines.get(2)));
        assertEquals("[id.resp_h] is unset", Lines.rejection(lines.get(3)));
        assertEquals("#fields lacks username", Lines.rejection(lines.get(4)));
        assertEquals("#fields lacks username", Lines.rejection(lines.get(5)));
    }
}

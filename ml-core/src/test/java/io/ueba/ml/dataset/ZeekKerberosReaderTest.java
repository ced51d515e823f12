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

class ZeekKerberosReaderTest {

    private static final String FIELDS = String.join("\t", "#fields", "ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p",
        "request_type", "client", "service", "success", "error_msg", "from", "till", "cipher", "forwardable", "renewable");

    private static List<ParsedLine> read(String... lines) {
        return Lines.all(new ZeekKerberosReader(new StringReader(String.join("\n", lines) + "\n")));
    }

    private static LoginEvent login(ParsedLine line) {
        return Lines.login(line).event();
    }

    @Test
    void readsAsAndTgsExchangesFromTsv() {
        List<ParsedLine> lines = read(
            "#separator \\x09",
            "#path\tkerberos",
            FIELDS,
            "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tbool\tstring\ttime\ttime\tstring\tbool\tbool",
            Lines.tsvRow("1700000000.100000", "CAbc1", "10.1.2.3", "49750", "10.0.0.10", "88", "AS", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "T", "-", "-", "2136422885.000000", "aes256-cts-hmac-sha1-96", "T", "T"),
            Lines.tsvRow("1700000001.250000", "CAbc2", "10.1.2.3", "49751", "10.0.0.10", "88", "TGS", "alice/CORP.LOCAL",
                "host/srv-db-02.corp.local", "T", "-", "-", "2136422885.000000", "rc4-hmac", "T", "F"),
            "#close\t2023-11-14-22-14-00");
        assertEquals(7, lines.size());
        for (int header : new int[] { 0, 1, 2, 3, 6 }) {
            assertEquals("header", Lines.skipReason(lines.get(header)));
        }
        LoginEvent asRequest = login(lines.get(4));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L, 100_000_000L), asRequest.timestamp());
        assertEquals("alice", asRequest.user());
        assertEquals("CORP.LOCAL", asRequest.userDomain());
        assertEquals("10.1.2.3", asRequest.sourceIp());
        assertNull(asRequest.sourceHost());
        assertEquals("10.0.0.10", asRequest.destinationHost());
        assertEquals("10.0.0.10", asRequest.destinationIp());
        assertEquals(LoginOutcome.SUCCESS, asRequest.outcome());
        assertEquals("kerberos", asRequest.authPackage());
        assertEquals("AS aes256-cts-hmac-sha1-96", asRequest.logonType());
        assertNull(asRequest.failureReason());
        LoginEvent tgsRequest = login(lines.get(5));
        assertEquals("srv-db-02", tgsRequest.destinationHost());
        assertNull(tgsRequest.destinationIp(), "the responder is the KDC, not the service's host");
        assertEquals("TGS rc4-hmac", tgsRequest.logonType());
    }

    @Test
    void aFailureKeepsItsErrorAndALineWithoutAClientIsSkipped() {
        List<ParsedLine> lines = read(
            FIELDS,
            Lines.tsvRow("1700000002.0", "CAbc3", "10.1.2.4", "49752", "10.0.0.10", "88", "AS", "bob/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "F", "KDC_ERR_PREAUTH_FAILED", "-", "2136422885.000000", "-", "T", "T"),
            Lines.tsvRow("1700000003.0", "CAbc4", "10.1.2.4", "49753", "10.0.0.10", "88", "AS", "-", "krbtgt/CORP.LOCAL",
                "F", "KDC_ERR_C_PRINCIPAL_UNKNOWN", "-", "-", "-", "-", "-"),
            Lines.tsvRow("1700000004.0", "CAbc5", "10.1.2.4", "49754", "10.0.0.10", "88", "AS", "/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "-", "-", "-", "-", "-", "-", "-"),
            Lines.tsvRow("1700000005.0", "CAbc6", "10.1.2.4", "49755", "10.0.0.10", "88", "-", "CORP.LOCAL", "-",
                "F", "KDC_ERR_S_PRINCIPAL_UNKNOWN", "-", "-", "-", "-", "-"),
            Lines.tsvRow("1700000006.0", "CAbc7", "10.1.2.4", "49756", "10.0.0.10", "88", "AS", "carol/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "-", "KRB_AP_ERR_SKEW", "-", "-", "-", "-", "-"));
        LoginEvent failed = login(lines.get(1));
        assertEquals("bob", failed.user());
        assertEquals(LoginOutcome.FAILURE, failed.outcome());
        assertEquals("KDC_ERR_PREAUTH_FAILED", failed.failureReason());
        assertEquals("AS", failed.logonType());
        assertEquals("no client principal", Lines.skipReason(lines.get(2)));
        assertEquals("client names no principal: [/CORP.LOCAL]", Lines.skipReason(lines.get(3)));
        assertEquals("client names no principal: [CORP.LOCAL]", Lines.skipReason(lines.get(4)));
        LoginEvent unanswered = login(lines.get(5));
        assertEquals(LoginOutcome.UNKNOWN, unanswered.outcome());
        assertNull(unanswered.failureReason(), "a reason is only a failure's");
    }

    @Test
    void readsJsonLinesWithDottedOrFlattenedKeys() {
        List<ParsedLine> lines = read(
            "{\"ts\":1700000010.123456,\"uid\":\"CJ1\",\"id.orig_h\":\"10.1.2.5\",\"id.orig_p\":50001,\"id.resp_h\":\"10.0.0.11\","
                + "\"id.resp_p\":88,\"request_type\":\"TGS\",\"client\":\"dave@CORP.LOCAL\",\"service\":\"cifs/srv01.corp.local@CORP.LOCAL\","
                + "\"success\":true,\"till\":2136422885.0,\"cipher\":\"RC4-HMAC\",\"forwardable\":true,\"renewable\":false}",
            "{\"ts\":\"2023-11-14T22:13:31.000000Z\",\"uid\":\"CJ2\",\"id_orig_h\":\"10.1.2.6\",\"id_orig_p\":50002,\"id_resp_h\":\"10.0.0.11\","
                + "\"id_resp_p\":88,\"request_type\":\"TGS\",\"client\":\"erin/CORP.LOCAL\",\"service\":\"MSSQLSvc/db1.corp.local:1433\","
                + "\"success\":false,\"error_msg\":\"KDC_ERR_BADOPTION\"}");
        LoginEvent dotted = login(lines.get(0));
        assertEquals(Instant.ofEpochSecond(1_700_000_010L, 123_456_000L), dotted.timestamp());
        assertEquals("dave", dotted.user());
        assertEquals("CORP.LOCAL", dotted.userDomain());
        assertEquals("10.1.2.5", dotted.sourceIp());
        assertEquals("srv01", dotted.destinationHost());
        assertEquals(LoginOutcome.SUCCESS, dotted.outcome());
        assertEquals("TGS rc4-hmac", dotted.logonType());
        LoginEvent flattened = login(lines.get(1));
        assertEquals(Instant.parse("2023-11-14T22:13:31Z"), flattened.timestamp());
        assertEquals("erin", flattened.user());
        assertEquals("10.1.2.6", flattened.sourceIp());
        assertEquals("db1", flattened.destinationHost());
        assertEquals(LoginOutcome.FAILURE, flattened.outcome());
        assertEquals("KDC_ERR_BADOPTION", flattened.failureReason());
        assertEquals("TGS", flattened.logonType());
    }

    @Test
    void theServiceHostIsTheHostPartOfTheServicePrincipal() {
        assertEquals("srv-db-02.corp.local", ZeekKerberosReader.serviceHost("host/srv-db-02.corp.local"));
        assertEquals("srv01.corp.local", ZeekKerberosReader.serviceHost("cifs/srv01.corp.local@CORP.LOCAL"));
        assertEquals("db1.corp.local", ZeekKerberosReader.serviceHost("MSSQLSvc/db1.corp.local:1433"));
        assertEquals("dc1.corp.local", ZeekKerberosReader.serviceHost("ldap/dc1.corp.local/corp.local@CORP.LOCAL"));
        assertNull(ZeekKerberosReader.serviceHost("krbtgt/CORP.LOCAL"));
        assertNull(ZeekKerberosReader.serviceHost("KRBTGT/corp.local@CORP.LOCAL"));
        assertNull(ZeekKerberosReader.serviceHost("SRV01$"));
        assertNull(ZeekKerberosReader.serviceHost("HTTP/@CORP.LOCAL"));
    }

    @Test
    void rejectsLinesItCannotReadNamingTheField() {
        List<ParsedLine> lines = read(
            FIELDS,
            Lines.tsvRow("yesterday", "CAbc8", "10.1.2.3", "49757", "10.0.0.10", "88", "AS", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "T", "-", "-", "-", "aes256-cts-hmac-sha1-96", "T", "T"),
            Lines.tsvRow("1700000020.0", "CAbc9", "-", "49758", "10.0.0.10", "88", "AS", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "T", "-", "-", "-", "aes256-cts-hmac-sha1-96", "T", "T"),
            "{\"ts\":1700000021.0,\"id.resp_h\":\"10.0.0.10\",\"request_type\":\"AS\",\"client\":\"alice/CORP.LOCAL\",\"service\":\"krbtgt/CORP.LOCAL\"}",
            Lines.tsvRow("1700000022.0", "CAbc10", "10.1.2.3", "49759", "-", "88", "AS", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "T", "-", "-", "-", "-", "-", "-"),
            Lines.tsvRow("1700000023.0", "CAbc11", "10.1.2.3", "49760", "10.0.0.10", "88", "AS", "alice/CORP.LOCAL", "krbtgt/CORP.LOCAL",
                "yes", "-", "-", "-", "-", "-", "-"));
        assertTrue(Lines.rejection(lines.get(1)).startsWith("[ts] is neither"), Lines.rejection(lines.get(1)));
        assertEquals("[id.orig_h] is unset", Lines.rejection(lines.get(2)));
        assertEquals("[id.orig_h] is missing", Lines.rejection(lines.get(3)));
        assertEquals("[id.resp_h] is unset", Lines.rejection(lines.get(4)));
        assertEquals("[success] is neither T nor F: [yes]", Lines.rejection(lines.get(5)));
    }

    @Test
    void aLogWithoutTheKerberosFieldsIsRejectedEveryRowOfIt() {
        List<ParsedLine> lines = read(
            "1700000030.0\tCAbc12\t10.1.2.3\t49761\t10.0.0.10\t88\tAS\talice/CORP.LOCAL\tkrbtgt/CORP.LOCAL\tT",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tusername\tsuccess",
            "1700000031.0\tCAbc13\t10.1.2.3\t49762\t10.0.0.10\t445\talice\tT");
        assertEquals("neither a JSON object nor a row after a #fields header", Lines.rejection(lines.get(0)));
        assertEquals("#fields lacks request_type, client, service", Lines.rejection(lines.get(1)));
        assertEquals("#fields lacks request_type, client, service", Lines.rejection(lines.get(2)));
    }
}

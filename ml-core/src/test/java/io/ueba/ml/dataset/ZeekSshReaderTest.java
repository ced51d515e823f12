package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZeekSshReaderTest {

    private static List<ParsedLine> read(String text) {
        return Lines.all(new ZeekSshReader(new StringReader(text)));
    }

    @Test
    void readsZeekTsvByItsFieldsHeader() {
        String log = String.join("\n",
            "#separator \\x09",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tauth_success\tuser",
            "#types\ttime\tstring\taddr\tport\taddr\tport\tbool\tstring",
            "1600000000.250000\tCx1\t10.0.0.9\t50000\t10.0.1.1\t22\tT\troot",
            "1600000001.000000\tCx2\t10.0.0.9\t50001\t10.0.1.1\t22\t-\t-",
            "#close\t2020-09-13-12-27-00");
        List<ParsedLine> lines = read(log);
        assertEquals(6, lines.size());
        LoginEvent first = Lines.login(lines.get(3)).event();
        assertEquals(Instant.ofEpochSecond(1_600_000_000L, 250_000_000L), first.timestamp());
        assertEquals("10.0.0.9", first.sourceIp());
        assertEquals("10.0.1.1", first.destinationHost());
        assertEquals("root", first.user());
        assertEquals(LoginOutcome.SUCCESS, first.outcome());
        assertEquals("ssh", first.authPackage());
        assertEquals(Map.of(), first.attributes(), "this log has no client field");
        LoginEvent second = Lines.login(lines.get(4)).event();
        assertEquals(ZeekSshReader.UNKNOWN_USER, second.user());
        assertEquals(LoginOutcome.UNKNOWN, second.outcome());
        assertInstanceOf(ParsedLine.Skipped.class, lines.get(5));
    }

    @Test
    void readsTheHeaderlessMaccdcForm() {
        String log = "1331901000.170000\tCT5ewT1\t192.168.202.76\t35773\t192.168.23.254\t22\tfailure\tINBOUND\tSSH-2.0-OpenSSH_5.0\tSSH-1.99-Cisco-1.25\t-\t-\t-\t-\t-\n"
            + "1331901005.5 CT5ewT2 192.168.202.76 35774 192.168.23.254 22 success INBOUND SSH-2.0-OpenSSH_5.0 SSH-1.99-Cisco-1.25 - - - - -\n";
        List<ParsedLine> lines = read(log);
        LoginEvent failed = Lines.login(lines.get(0)).event();
        assertEquals("192.168.202.76", failed.sourceIp());
        assertEquals("192.168.23.254", failed.destinationIp());
        assertEquals(LoginOutcome.FAILURE, failed.outcome());
        assertEquals(ZeekSshReader.UNKNOWN_USER, failed.user());
        assertEquals(Map.of(ZeekSshReader.CLIENT_FIELD, "SSH-2.0-OpenSSH_5.0"), failed.attributes());
        assertEquals(LoginOutcome.SUCCESS, Lines.login(lines.get(1)).event().outcome());
    }

    @Test
    void readsZeekJsonLinesWithDottedOrFlattenedKeys() {
        String log = "{\"ts\": 1600000000.5, \"uid\": \"Cx1\", \"id.orig_h\": \"10.0.0.9\", \"id.orig_p\": 50000, \"id.resp_h\": \"10.0.1.1\","
            + " \"id.resp_p\": 22, \"auth_success\": false, \"auth_attempts\": 2}\n"
            + "{\"ts\": 1600000002, \"id_orig_h\": \"10.0.0.8\", \"id_resp_h\": \"10.0.1.2\", \"auth_success\": true, \"user\": \"deploy\"}\n";
        List<ParsedLine> lines = read(log);
        LoginEvent failed = Lines.login(lines.get(0)).event();
        assertEquals(Instant.ofEpochSecond(1_600_000_000L, 500_000_000L), failed.timestamp());
        assertEquals("10.0.0.9", failed.sourceIp());
        assertEquals("10.0.1.1", failed.destinationIp());
        assertEquals(LoginOutcome.FAILURE, failed.outcome());
        assertEquals(ZeekSshReader.UNKNOWN_USER, failed.user());
        LoginEvent succeeded = Lines.login(lines.get(1)).event();
        assertEquals("10.0.0.8", succeeded.sourceIp());
        assertEquals("10.0.1.2", succeeded.destinationHost());
        assertEquals("deploy", succeeded.user());
        assertEquals(LoginOutcome.SUCCESS, succeeded.outcome());
    }

    @Test
    void rejectsRowsItCannotRead() {
        List<ParsedLine> lines = read("notatime\tC\t1.2.3.4\t1\t5.6.7.8\t22\tsuccess\tIN\tc\ts\n1.0\tC\t-\t1\t5.6.7.8\t22\tsuccess\tIN\tc\ts\n1.0 C 1.2.3.4\n");
        assertTrue(Lines.rejection(lines.get(0)).contains("[ts]"));
        assertTrue(Lines.rejection(lines.get(1)).contains("[src_ip] is unset"));
        assertTrue(Lines.rejection(lines.get(2)).contains("expected 10 columns"));
    }

    @Test
    void fieldsHeaderWithoutTheNeededColumnsIsRejected() {
        assertTrue(Lines.rejection(read("#fields\tts\tuid\n").get(0)).contains("id.orig_h"));
    }
}

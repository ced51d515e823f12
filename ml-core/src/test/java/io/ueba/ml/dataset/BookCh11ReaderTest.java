package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookCh11ReaderTest {

    private static final String HEADER = "datetime,source_ip,username,success,failure_reason\n";

    @Test
    void mapsAnAttemptToTheSchema() {
        List<ParsedLine> lines = Lines.all(new BookCh11Reader(new StringReader(HEADER
            + "2018-01-01 00:08:00.343636,223.178.55.3,djones,False,error_wrong_password\n"
            + "2018-01-01 00:08:01,223.178.55.3,djones,True,\n"), null));
        assertInstanceOf(ParsedLine.Skipped.class, lines.get(0));
        LoginEvent failed = Lines.login(lines.get(1)).event();
        assertEquals(Instant.parse("2018-01-01T00:08:00.343636Z"), failed.timestamp());
        assertEquals("223.178.55.3", failed.sourceIp());
        assertEquals("djones", failed.user());
        assertEquals(LoginOutcome.FAILURE, failed.outcome());
        assertEquals("error_wrong_password", failed.failureReason());
        assertEquals(BookCh11Reader.DESTINATION, failed.destinationHost());
        LoginEvent succeeded = Lines.login(lines.get(2)).event();
        assertEquals(LoginOutcome.SUCCESS, succeeded.outcome());
        assertNull(succeeded.failureReason());
    }

    @Test
    void rejectsBadRowsNamingTheColumn() {
        List<ParsedLine> lines = Lines.all(new BookCh11Reader(new StringReader(HEADER
            + "yesterday,1.2.3.4,a,True,\n2018-01-01 00:00:00,1.2.3.4,a,Yes,\n2018-01-01 00:00:00,,a,True,\n"), null));
        assertTrue(Lines.rejection(lines.get(1)).contains("[datetime]"));
        assertTrue(Lines.rejection(lines.get(2)).contains("[success]"));
        assertTrue(Lines.rejection(lines.get(3)).contains("[source_ip] is empty"));
    }

    @Test
    void attackWindowsIncludeTheirEdgeMinutes() throws IOException {
        BookCh11Labels labels = BookCh11Labels.read(List.of(new StringReader(
            "start,end,source_ip\n2018-01-02 02:31:43.326264,2018-01-02 02:35:16.326264,102.139.159.128\n")));
        assertEquals(1, labels.attacks());
        assertFalse(labels.label(Instant.parse("2018-01-02T02:30:59.999Z")).attack());
        assertTrue(labels.label(Instant.parse("2018-01-02T02:31:00Z")).attack());
        assertTrue(labels.label(Instant.parse("2018-01-02T02:36:59Z")).attack());
        assertFalse(labels.label(Instant.parse("2018-01-02T02:37:00Z")).attack());
        assertEquals("brute_force", labels.label(Instant.parse("2018-01-02T02:33:00Z")).scenario());
    }

    @Test
    void endOnAWholeMinuteDoesNotReachTheNextMinute() throws IOException {
        BookCh11Labels labels = BookCh11Labels.read(List.of(new StringReader("2018-01-02 02:31:00,2018-01-02 02:35:00,1.2.3.4\n")));
        assertTrue(labels.label(Instant.parse("2018-01-02T02:35:30Z")).attack());
        assertFalse(labels.label(Instant.parse("2018-01-02T02:36:00Z")).attack());
    }
}

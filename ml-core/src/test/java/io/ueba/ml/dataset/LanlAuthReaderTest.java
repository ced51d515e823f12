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

class LanlAuthReaderTest {

    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private static List<ParsedLine> read(String text, LanlRedteamLabels labels) {
        return Lines.all(new LanlAuthReader(new StringReader(text), EPOCH, labels));
    }

    @Test
    void mapsALogonToTheSchema() {
        LoginEvent event = Lines.login(read("90,U12@DOM1,U12@DOM1,C17,C586,Kerberos,Network,LogOn,Success\n", null).get(0)).event();
        assertEquals(EPOCH.plusSeconds(90), event.timestamp());
        assertEquals("U12", event.user());
        assertEquals("DOM1", event.userDomain());
        assertEquals("C17", event.sourceHost());
        assertEquals("C586", event.destinationHost());
        assertEquals("Kerberos", event.authPackage());
        assertEquals("Network", event.logonType());
        assertEquals(LoginOutcome.SUCCESS, event.outcome());
        assertNull(event.label());
    }

    @Test
    void questionMarksAreUnknownAndFailIsAFailure() {
        LoginEvent event = Lines.login(read("5,C625$@DOM1,U1@DOM1,C625,C625,?,?,LogOn,Fail", null).get(0)).event();
        assertEquals("C625$", event.user());
        assertNull(event.authPackage());
        assertNull(event.logonType());
        assertEquals(LoginOutcome.FAILURE, event.outcome());
    }

    @Test
    void logOffsAndTicketsAreSkippedNotLost() {
        List<ParsedLine> lines = read("1,U1@D,U1@D,C1,C1,?,?,LogOff,Success\n2,U1@D,U1@D,C1,C2,Kerberos,Network,TGS,Success\n", null);
        assertEquals(2, lines.size());
        lines.forEach(line -> assertInstanceOf(ParsedLine.Skipped.class, line));
    }

    @Test
    void malformedLinesAreRejectedNamingTheColumn() {
        List<ParsedLine> lines = read("x,U1@D,U1@D,C1,C2,NTLM,Network,LogOn,Success\n1,U1@D,U1@D,C1\n3,U1@D,U1@D,C1,C2,NTLM,Network,LogOn,Maybe\n", null);
        assertTrue(Lines.rejection(lines.get(0)).contains("[time]"));
        assertTrue(Lines.rejection(lines.get(1)).contains("expected 9 columns"));
        assertTrue(Lines.rejection(lines.get(2)).contains("[success_or_failure]"));
        assertEquals(3, lines.get(2).line());
    }

    @Test
    void redTeamEventsAreLabelledAttacks() throws IOException {
        LanlRedteamLabels labels = LanlRedteamLabels.read(new StringReader("150885,U620@DOM1,C17693,C1003\n"));
        List<ParsedLine> lines = read(
            "150885,U620@DOM1,U620@DOM1,C17693,C1003,NTLM,Network,LogOn,Success\n"
                + "150885,U620@DOM1,U620@DOM1,C17693,C1004,NTLM,Network,LogOn,Success\n",
            labels
        );
        assertTrue(Lines.login(lines.get(0)).event().label().attack());
        assertEquals("lanl_redteam", Lines.login(lines.get(0)).event().label().scenario());
        assertFalse(Lines.login(lines.get(1)).event().label().attack());
    }
}

package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SyslogLineReaderTest {

    @Test
    void sendsARawLineAsItsMessageAndAJournaldObjectAsItIs() {
        String journald = "{\"__REALTIME_TIMESTAMP\":\"1795680000123456\",\"_HOSTNAME\":\"bastion-2\",\"MESSAGE\":\"Accepted publickey for dave from 10.0.0.44 port 40404 ssh2\"}";
        List<ParsedLine> lines = Lines.all(new SyslogLineReader(new StringReader(String.join("\n",
            "Nov  2 07:02:13 bastion-1 sshd[2210]: Failed password for invalid user \"x\\y\" from 10.0.0.5 port 5 ssh2",
            journald,
            "",
            "{not json, but a line that starts with a brace"))));

        assertEquals("{\"message\":\"Nov  2 07:02:13 bastion-1 sshd[2210]: Failed password for invalid user \\\"x\\\\y\\\" from 10.0.0.5 port 5 ssh2\"}",
            Lines.document(lines.get(0)).json());
        assertEquals(journald, Lines.document(lines.get(1)).json());
        assertInstanceOf(ParsedLine.Skipped.class, lines.get(2));
        assertEquals("{\"message\":\"{not json, but a line that starts with a brace\"}", Lines.document(lines.get(3)).json());
    }
}

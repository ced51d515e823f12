package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginReaderTest {

    @Test
    void aHugeLineIsRejectedAndReadingGoesOn() {
        String huge = "x".repeat(LoginReader.MAX_LINE_CHARS * 3);
        List<ParsedLine> lines = Lines.all(new EcsNdjsonReader(new StringReader(huge + "\r\n"
            + "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user.name\": \"bob\"}\r\n")));
        assertEquals(2, lines.size());
        assertTrue(Lines.rejection(lines.get(0)).contains("longer than"));
        assertTrue(Lines.document(lines.get(1)).json().contains("bob"));
        assertEquals(2, lines.get(1).line());
    }

    @Test
    void lastLineWithoutNewlineIsRead() {
        List<ParsedLine> lines = Lines.all(new EcsNdjsonReader(new StringReader("\n{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user.name\": \"bob\"}")));
        assertEquals(2, lines.size());
        assertInstanceOf(ParsedLine.Document.class, lines.get(1));
    }

    @Test
    void bytesReadReachTheEndOfTheLinesHandedOutNotFurther() {
        String first = "{\"user\": \"J\u00fcrgen \u20ac \ud83d\ude00\"}\r\n";
        LoginReader reader = new EcsNdjsonReader(new StringReader(first + "{}\n".repeat(100_000)));
        reader.next();
        assertEquals(first.getBytes(StandardCharsets.UTF_8).length, reader.bytesRead());
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertEquals(LoginFormat.ZEEK_SSH, LoginFormat.fromName("zeek-ssh"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoginFormat.fromName("syslog"));
        assertTrue(e.getMessage().contains("[--format]") && e.getMessage().contains("book-ch11"), e.getMessage());
    }
}

package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsNdjsonReaderTest {

    @Test
    void readsOneLoginPerLineAndRejectsWhatIsNot() {
        List<ParsedLine> lines = Lines.all(new EcsNdjsonReader(new StringReader(String.join("\n",
            "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}, \"event\": {\"outcome\": \"failure\"}, \"label\": {\"attack\": true, \"scenario\": \"x\"}}",
            "",
            "{\"@timestamp\": \"2026-11-23T06:00:00Z\"}",
            "{not json",
            "null",
            "[1, 2]"))));
        assertEquals(LoginOutcome.FAILURE, Lines.login(lines.get(0)).event().outcome());
        assertTrue(Lines.login(lines.get(0)).event().label().attack());
        assertInstanceOf(ParsedLine.Skipped.class, lines.get(1));
        assertTrue(Lines.rejection(lines.get(2)).contains("[user.name] is required"));
        assertTrue(Lines.rejection(lines.get(3)).startsWith("not a JSON object"));
        assertTrue(Lines.rejection(lines.get(4)).startsWith("not a JSON object"));
        assertTrue(Lines.rejection(lines.get(5)).startsWith("not a JSON object"));
    }
}

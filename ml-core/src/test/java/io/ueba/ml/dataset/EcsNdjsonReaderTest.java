package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsNdjsonReaderTest {

    @Test
    void keepsEachObjectAsItIsForThePipelineToJudge() {
        List<String> objects = List.of(
            "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}, \"host\": {\"name\": \"web-1\"}, \"message\": \"Accepted\", \"observer.name\": \"fw\"}",
            "{\"@timestamp\": 1795449371181, \"user\": {\"name\": \"alice\"}}",
            "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": \"bob\"}",
            "{\"@timestamp\": \"2026-11-23T06:00:00Z\"}",
            "{}");
        List<ParsedLine> lines = Lines.all(new EcsNdjsonReader(new StringReader(String.join("\n", objects))));
        assertEquals(objects, lines.stream().map(line -> Lines.document(line).json()).toList());
    }

    @Test
    void rejectsOnlyALineThatIsNotOneJsonObjectSayingWhy() {
        List<ParsedLine> lines = Lines.all(new EcsNdjsonReader(new StringReader(String.join("\n",
            "",
            "{not json",
            "null",
            "[1, 2]",
            "{\"a\": 1} {\"b\": 2}",
            "{\"a\": 1"))));
        assertInstanceOf(ParsedLine.Skipped.class, lines.get(0));
        assertTrue(Lines.rejection(lines.get(1)).startsWith("not a JSON object: Unexpected character"), Lines.rejection(lines.get(1)));
        assertEquals("not a JSON object: it starts with null", Lines.rejection(lines.get(2)));
        assertEquals("not a JSON object: it starts with an array", Lines.rejection(lines.get(3)));
        assertEquals("not a JSON object: more follows the object, from column 10", Lines.rejection(lines.get(4)));
        assertTrue(Lines.rejection(lines.get(5)).contains("end-of-input"), Lines.rejection(lines.get(5)));
    }

    @Test
    void readingAllReadsEachObjectAsTheNodeDoesAndRefusesOneThatIsNoLogin() throws Exception {
        LoginFormat.Options options = new LoginFormat.Options(LoginFormat.Options.DEFAULT_LANL_EPOCH, List.of());
        String login = "{\"@timestamp\": 1795420800000, \"user\": {\"name\": \"alice\"}, \"host\": {\"name\": \"SRV-1\"}, \"label\": {\"attack\": true}}";
        List<LoginEvent> logins = LoginFormat.ECS_NDJSON.readAll(new StringReader(login + "\n"), options);
        assertEquals("SRV-1", logins.get(0).destinationHost());
        assertTrue(logins.get(0).label().attack());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> LoginFormat.ECS_NDJSON.readAll(new StringReader(login + "\n{\"@timestamp\": \"2026-11-23T06:00:00Z\"}\n"), options));
        assertTrue(refused.getMessage().startsWith("line 2 cannot be read: [user.name] is missing"), refused.getMessage());
    }
}

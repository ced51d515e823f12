package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginLabel;
import io.ueba.ml.login.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static final String LOGIN = "{\"@timestamp\": \"2026-11-23T06:00:00Z\", \"user\": {\"name\": \"alice\"}";

    private static List<ParsedLine> read(String... labels) {
        return Lines.all(new EcsNdjsonReader(new StringReader(String.join("\n", Stream.of(labels).map(label -> LOGIN + label + "}").toList()))));
    }

    @Test
    void aLabelIsAlsoReadAsZeroOneTrueOrFalseInPlaceOfTheLabelObject() {
        List<ParsedLine> lines = read(", \"label\": 1", ", \"label\": 0", ", \"label\": true", ", \"label\": false", ", \"label\": \"1\"",
            ", \"label\": \"0\"", ", \"label\": \"True\"", ", \"label\": \"false\"");
        List<LoginLabel> labels = lines.stream().map(line -> Lines.login(line).event().label()).toList();
        assertEquals(List.of(LoginLabel.of(true), LoginLabel.BENIGN, LoginLabel.of(true), LoginLabel.BENIGN, LoginLabel.of(true), LoginLabel.BENIGN,
            LoginLabel.of(true), LoginLabel.BENIGN), labels);
    }

    @Test
    void labelAttackTakesTheSameValuesNestedOrDottedWithItsScenario() {
        List<ParsedLine> lines = read(", \"label\": {\"attack\": 1, \"scenario\": \"spray\"}", ", \"label.attack\": \"false\"",
            ", \"label\": {\"attack\": true}", "");
        assertEquals(LoginLabel.attack("spray"), Lines.login(lines.get(0)).event().label());
        assertEquals(LoginLabel.BENIGN, Lines.login(lines.get(1)).event().label());
        assertEquals(LoginLabel.of(true), Lines.login(lines.get(2)).event().label());
        assertNull(Lines.login(lines.get(3)).event().label());
    }

    @Test
    void anythingElseInTheLabelIsRefusedSayingWhereLabelsGo() {
        List<ParsedLine> lines = read(", \"label\": \"yes\"", ", \"label\": 2", ", \"label\": [1]", ", \"label\": {\"is_attack\": 1}",
            ", \"label\": {\"attack\": \"maybe\"}");
        for (ParsedLine line : lines) {
            assertTrue(Lines.rejection(line).endsWith("a label is [label] as 0, 1, true or false, or an object with [label.attack] as one of those"
                + " and an optional [label.scenario]"), Lines.rejection(line));
        }
        String scenario = Lines.rejection(read(", \"label\": {\"attack\": true, \"scenario\": {\"name\": \"x\"}}").getFirst());
        assertTrue(scenario.startsWith("[label.scenario] must be a string"), scenario);
    }
}

package io.ueba.ml.dataset;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZeekRowTest {

    private static ZeekTsvHeader header(String... lines) {
        ZeekTsvHeader header = ZeekTsvHeader.DEFAULT;
        for (String line : lines) {
            header = header.read(line);
        }
        return header;
    }

    private static String message(Runnable read) {
        return assertThrows(Columns.BadColumn.class, read::run).getMessage();
    }

    @Test
    void tsvFieldsAreFoundByTheirHeaderNames() {
        ZeekTsvHeader header = header("#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            "#path\tntlm", "#fields\tts\tid.orig_h\tusername\thostname\tsuccess", "#types\ttime\taddr\tstring\tstring\tbool");
        ZeekRow row = header.row("1600000000.123456\t10.0.0.9\talice\t-\tT");
        assertEquals("10.0.0.9", row.text("id.orig_h"));
        assertEquals("alice", row.text("username"));
        assertNull(row.text("hostname"));
        assertTrue(row.has("hostname"));
        assertFalse(row.has("domainname"));
        assertEquals(Boolean.TRUE, row.bool("success"));
        assertEquals(Instant.ofEpochSecond(1_600_000_000L, 123_456_000L), row.time("ts"));
        assertEquals(List.of("domainname"), header.missing(List.of("username", "domainname")));
    }

    @Test
    void tsvFollowsTheSeparatorAndMarkersItsHeaderGives() {
        ZeekTsvHeader header = header("#separator \\x2c", "#unset_field,NONE", "#empty_field,EMPTY", "#fields,ts,user,host,domain");
        ZeekRow row = header.row("1.5,bob,NONE,EMPTY");
        assertEquals("bob", row.text("user"));
        assertNull(row.text("host"));
        assertNull(row.text("domain"));
        assertEquals("[host] is unset", message(() -> row.required("host")));
        assertEquals("[nope] is missing", message(() -> row.required("nope")));
    }

    @Test
    void tsvRowWithFewerColumnsThanFieldsIsRefused() {
        assertEquals("expected 3 columns, found 2", message(() -> header("#fields\tts\ta\tb").row("1\t2")));
        assertEquals("[#separator] is empty", message(() -> header("#separator ")));
    }

    @Test
    void jsonFieldsAreFoundByDottedOrFlattenedKeys() {
        ZeekRow dotted = ZeekRow.json("{\"ts\": 1600000000.000001, \"id.orig_h\": \"10.0.0.9\", \"success\": false, \"auth_attempts\": 3}");
        assertEquals("10.0.0.9", dotted.text("id.orig_h"));
        assertEquals(Boolean.FALSE, dotted.bool("success"));
        assertEquals("3", dotted.text("auth_attempts"));
        assertEquals(Instant.ofEpochSecond(1_600_000_000L, 1_000L), dotted.time("ts"));
        ZeekRow flattened = ZeekRow.json("{\"ts\": \"2020-09-13T12:26:40.250000Z\", \"id_orig_h\": \"10.0.0.7\", \"id_resp_h\": null}");
        assertEquals("10.0.0.7", flattened.text("id.orig_h"));
        assertEquals(Instant.parse("2020-09-13T12:26:40.25Z"), flattened.time("ts"));
        assertEquals("[id.resp_h] is unset", message(() -> flattened.required("id.resp_h")));
        assertEquals("[id.resp_p] is missing", message(() -> flattened.required("id.resp_p")));
    }

    @Test
    void jsonValuesReadAsTsvWritesThem() {
        ZeekRow row = ZeekRow.json("{\"tags\": [\"a\", true, 2], \"none\": [], \"blank\": \" \", \"id\": {\"orig_h\": \"1.2.3.4\"}}");
        assertEquals("a,T,2", row.text("tags"));
        assertNull(row.text("none"));
        assertNull(row.text("blank"));
        assertEquals("[id] is an object, not a value", message(() -> row.text("id")));
    }

    @Test
    void unreadableValuesAreRefusedNamingTheField() {
        ZeekRow row = ZeekRow.json("{\"ts\": \"yesterday\", \"when\": 1e30, \"success\": \"yes\"}");
        assertEquals("[ts] is neither epoch seconds nor an ISO 8601 instant: [yesterday]", message(() -> row.time("ts")));
        assertTrue(message(() -> row.time("when")).startsWith("[when] is neither"));
        assertEquals("[success] is neither T nor F: [yes]", message(() -> row.bool("success")));
        assertTrue(message(() -> ZeekRow.json("{\"ts\": 1} {}")).startsWith("not a JSON object: "));
        assertTrue(message(() -> ZeekRow.json("{\"ts\": ")).startsWith("not a JSON object: "));
    }
}

package io.ueba.tools.cli;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void readsOptionsRepeatedOptionsAndOnePositional() {
        CommandLine args = new CommandLine(List.of("--format", "lanl", "auth.txt", "--labels", "a", "--labels", "b"));
        assertEquals("lanl", args.required("format"));
        assertEquals(List.of("a", "b"), args.all("labels"));
        assertEquals("auth.txt", args.onePositional("file"));
        assertEquals(1000, args.integer("batch-size", 1000, 1));
        args.rejectUnknown();
    }

    @Test
    void errorsNameTheOption() {
        assertMessage(() -> new CommandLine(List.of("--format")), "[--format] needs a value");
        assertMessage(() -> new CommandLine(List.of()).required("format"), "[--format] is required");
        assertMessage(() -> new CommandLine(List.of("--batch-size", "0")).integer("batch-size", 1, 1), "[--batch-size]");
        assertMessage(() -> new CommandLine(List.of("--url", "nowhere")).url(), "[--url]");
        assertMessage(() -> new CommandLine(List.of("--formt", "x")).rejectUnknown(), "unknown option [--formt]");
        assertMessage(() -> new CommandLine(List.of("--index", "a", "--index", "b")).string("index", null), "[--index] is given 2 times");
    }

    @Test
    void settingsStandInForOptionsNotGivenAndAreNotOptionsToRead() {
        CommandLine args = new CommandLine(List.of("--index", "logins-x"), Map.of("url", "http://127.0.0.1:9277", "cache", "/tmp/cache"));
        assertEquals(URI.create("http://127.0.0.1:9277"), args.url());
        assertEquals("logins-x", args.string("index", null));
        args.rejectUnknown();
        assertEquals(URI.create("http://127.0.0.1:9300"), new CommandLine(List.of("--url", "http://127.0.0.1:9300"), Map.of("url", "http://127.0.0.1:9277")).url());
    }

    @Test
    void aWholeNumberOutsideItsRangeNamesTheRange() {
        assertMessage(() -> new CommandLine(List.of("--users", "5")).integer("users", 300, 20, 10_000), "[--users] must be a whole number from 20 to 10000, got [5]");
    }

    private static void assertMessage(Runnable action, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

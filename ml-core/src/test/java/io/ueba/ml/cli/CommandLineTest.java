package io.ueba.ml.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void cliAnswersBadUsageWithoutTouchingANode() {
        assertEquals(UebaCli.BAD_USAGE, UebaCli.run());
        assertEquals(UebaCli.BAD_USAGE, UebaCli.run("frobnicate"));
        assertEquals(UebaCli.BAD_USAGE, UebaCli.run("load", "--format", "syslog", "x.log"));
        assertEquals(UebaCli.BAD_USAGE, UebaCli.run("load", "--format", "lanl", "--index", "other", "x.log"));
    }

    private static void assertMessage(Runnable action, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

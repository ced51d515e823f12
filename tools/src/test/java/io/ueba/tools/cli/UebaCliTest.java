package io.ueba.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a person meets it: usage, help, and errors in plain words; no node is ever reached. */
class UebaCliTest {

    /** Where no node listens: a test that got as far as the node would fail on it. */
    private static final String NOWHERE = "http://127.0.0.1:1";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "load", "load-demo", "gen-lanl", "eval", "bench-ingest", "bench-train" })
    void helpPrintsTheCommandsUsageAndSucceedsWhateverElseIsGiven(String command) {
        for (String help : new String[] { "--help", "-h" }) {
            try (Console console = new Console()) {
                assertEquals(UebaCli.OK, UebaCli.run("--url", NOWHERE, command, "--format", "nonsense", help, "--batch-size"));
                assertTrue(console.out().startsWith("usage: " + command + " "), console.out());
                assertEquals("", console.err());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "load", "gen-lanl", "eval" })
    void aCommandThatNeedsArgumentsPrintsItsUsageWithoutThem(String command) {
        try (Console console = new Console()) {
            assertEquals(UebaCli.BAD_USAGE, UebaCli.run("--url", NOWHERE, "--cache", "/tmp/cache", command));
            assertTrue(console.err().startsWith("usage: " + command + " "), console.err());
        }
    }

    @Test
    void noCommandOrAnUnknownOnePrintsEveryUsage() {
        for (String[] argv : new String[][] { {}, { "frobnicate" }, { "--url", NOWHERE } }) {
            try (Console console = new Console()) {
                assertEquals(UebaCli.BAD_USAGE, UebaCli.run(argv));
                assertTrue(console.err().startsWith("usage:\n  load ") && console.err().contains("\n  eval "), console.err());
            }
        }
    }

    @Test
    void aFileThatCannotBeReadIsNamedInPlainWords() throws Exception {
        Path auth = Files.writeString(dir.resolve("auth.txt"), "");
        assertError("ueba: no such file: " + dir.resolve("nope.txt"), "load", "--format", "lanl", dir.resolve("nope.txt").toString());
        assertError("ueba: no such file: " + dir.resolve("red.txt"), "load", "--format", "lanl", "--labels", dir.resolve("red.txt").toString(), auth.toString());
        assertError("ueba: not a file: " + dir, "load", "--format", "lanl", dir.toString());
        assertError("ueba: [--events] no such file: " + dir.resolve("nope.txt"), "eval", "--mode", "offline", "--format", "lanl", "--events",
            dir.resolve("nope.txt").toString());
        assertError("ueba: [--events] not a file: " + dir, "eval", "--mode", "offline", "--format", "lanl", "--events", dir.toString());
    }

    @Test
    void optionsAreNamedOneWayInEveryMessage() throws Exception {
        Path auth = Files.writeString(dir.resolve("auth.txt"), "");
        assertError("ueba: [--format] must be one of [lanl, zeek-ssh, zeek-kerberos, zeek-ntlm, book-ch11, ecs-ndjson, windows, sshd], got [syslog]", "load", "--format", "syslog", auth.toString());
        assertError("ueba: [--labels] are not read for zeek-ssh: its labels, if any, are in the log itself",
            "load", "--format", "zeek-ssh", "--labels", auth.toString(), "--index", "logins-x", auth.toString());
        assertError("ueba: [--index] must start with logins- so that logins are enriched, got [other]", "load", "--format", "lanl", "--index", "other", auth.toString());
        assertError("ueba: [--users] must be a whole number from 20 to 10000, got [5]", "load-demo", "--users", "5");
    }

    private static void assertError(String expected, String... argv) {
        try (Console console = new Console()) {
            String[] withNode = new String[argv.length + 2];
            withNode[0] = "--url";
            withNode[1] = NOWHERE;
            System.arraycopy(argv, 0, withNode, 2, argv.length);
            assertEquals(UebaCli.BAD_USAGE, UebaCli.run(withNode), console.err());
            assertEquals(expected, console.lastErrLine());
        }
    }
}

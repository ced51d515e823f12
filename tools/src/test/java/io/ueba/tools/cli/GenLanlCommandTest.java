package io.ueba.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenLanlCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAuthAndRedTeamFilesAndSummarizesThemInOneLine() throws Exception {
        Path out = dir.resolve("lanl");
        try (Console console = new Console()) {
            assertEquals(UebaCli.OK, UebaCli.run("gen-lanl", "--out", out.toString(), "--users", "120", "--computers", "200", "--days", "10", "--seed", "3"),
                console.err());
            assertEquals(1, console.out().lines().count(), console.out());
            assertTrue(console.out().startsWith("wrote " + out.resolve("auth.txt") + " and " + out.resolve("redteam.txt") + " in "), console.out());
            assertTrue(console.out().matches("(?s).* [\\d,]+ logins in [\\d,]+ auth lines, [\\d,]+ red-team logins; .* computers, [\\d,]+ distinct edges .*"),
                console.out());
        }
        assertTrue(Files.size(out.resolve("auth.txt")) > 1_000_000);
        assertTrue(Files.readAllLines(out.resolve("redteam.txt")).size() >= 10);
    }

    @Test
    void tooFewComputersForThePeopleAreNamed() {
        try (Console console = new Console()) {
            assertEquals(UebaCli.BAD_USAGE, UebaCli.run("gen-lanl", "--out", dir.toString(), "--users", "120", "--computers", "50"));
            assertEquals("ueba: [--computers] must be a whole number from 146 to 2400, got [50]", console.lastErrLine());
        }
    }
}

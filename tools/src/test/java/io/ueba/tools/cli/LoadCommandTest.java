package io.ueba.tools.cli;

import io.ueba.tools.load.FakeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadCommandTest {

    @TempDir
    Path dir;

    private int load(FakeNode node, String ndjson) throws IOException {
        Path file = Files.writeString(dir.resolve("logins.ndjson"), ndjson);
        return UebaCli.run("load", "--url", node.url().toString(), "--format", "ecs-ndjson", "--index", "logins-test", file.toString());
    }

    @Test
    void failsWhenLinesWereNotIndexedAndSaysWhyInTheLastLine() throws Exception {
        try (FakeNode node = new FakeNode(); Console console = new Console()) {
            assertEquals(UebaCli.FAILED, load(node, "{}\nnot json\n{}\n"));
            assertTrue(console.out().startsWith("3 lines: 2 indexed, 0 indexed with an error, 0 failed, 1 rejected, 0 skipped"), console.out());
            assertTrue(console.out().contains("line 2 rejected: not a JSON object"), console.out());
            assertEquals("ueba: 1 of 3 lines were not indexed (1 rejected, 0 failed); the first reasons are above", console.lastErrLine());
        }
    }

    @Test
    void succeedsWhenEveryLineWasIndexedOrSkipped() throws Exception {
        try (FakeNode node = new FakeNode(); Console console = new Console()) {
            assertEquals(UebaCli.OK, load(node, "{}\n\n{}\n"));
        }
    }
}

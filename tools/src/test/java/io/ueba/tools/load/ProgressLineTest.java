package io.ueba.tools.load;

import io.ueba.ml.dataset.EcsNdjsonReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {

    @Test
    void startsAtZeroAndEndsWithTheSummarysCounts() throws Exception {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        LoadReport report;
        try (FakeNode node = new FakeNode()) {
            report = new BulkLoader(node.client(), "logins-test", 10).load(
                new EcsNdjsonReader(new StringReader("{}\nnot json\n{}\n")), () -> 1, new ProgressLine(new PrintStream(drawn, true, StandardCharsets.UTF_8)));
        }
        List<String> draws = Arrays.stream(drawn.toString(StandardCharsets.UTF_8).split("\r")).filter(draw -> draw.isEmpty() == false).toList();
        assertTrue(draws.getFirst().startsWith("  0% 0 lines: 0 indexed, 0 indexed with an error, 0 failed, 0 rejected, 0 skipped, "), draws.getFirst());
        assertTrue(draws.getLast().startsWith("100% " + report.counts() + ", "), draws.getLast());
        assertEquals("3 lines: 2 indexed, 0 indexed with an error, 0 failed, 1 rejected, 0 skipped", report.counts());
    }
}

package io.ueba.plugin.transport;

import org.opensearch.test.OpenSearchTestCase;

import java.time.Instant;
import java.util.Map;

public class TransportJobActionTests extends OpenSearchTestCase {

    private static final Instant NOW = Instant.ofEpochMilli(1_800_000_000_000L);

    public void testARunningRunSilentForMinutesShowsAsInterrupted() {
        long silentSince = NOW.minus(TransportJobAction.SILENT_RUN_IS_INTERRUPTED).minusSeconds(1).toEpochMilli();
        Map<String, Object> run = Map.of("state", "running", "updated", silentSince, "phase", "training");
        Map<String, Object> shown = TransportJobAction.interruptedIfSilent(run, NOW);
        assertEquals("interrupted", shown.get("state"));
        assertEquals("training", shown.get("phase"));
    }

    public void testARunThatSpokeLatelyOrEndedShowsAsItIs() {
        Map<String, Object> recent = Map.of("state", "running", "updated", NOW.minusSeconds(5).toEpochMilli());
        assertSame(recent, TransportJobAction.interruptedIfSilent(recent, NOW));
        Map<String, Object> ended = Map.of("state", "succeeded", "updated", 0L);
        assertSame(ended, TransportJobAction.interruptedIfSilent(ended, NOW));
    }
}

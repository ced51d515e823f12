package io.ueba.plugin.training;

import org.opensearch.Version;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodeRole;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.test.OpenSearchTestCase;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

public class RunLivenessTests extends OpenSearchTestCase {

    private static final Instant NOW = Instant.ofEpochMilli(1_800_000_000_000L);

    private final DiscoveryNode ml = new DiscoveryNode("ml-1", "ml-1-id", buildNewFakeTransportAddress(), Map.of(),
        Set.of(DiscoveryNodeRole.DATA_ROLE), Version.CURRENT);
    private final DiscoveryNodes cluster = DiscoveryNodes.builder().add(ml).build();

    private Map<String, Object> running(String nodeId, String ephemeralId, Instant updated) {
        Map<String, Object> run = new HashMap<>(Map.of("state", "running", "phase", "training", "updated", updated.toEpochMilli()));
        run.put(RunLiveness.NODE_ID, nodeId);
        run.put(RunLiveness.NODE_EPHEMERAL_ID, ephemeralId);
        return run;
    }

    public void testARunOnItsLiveNodeThatSpokeLatelyShowsAsItIs() {
        Map<String, Object> run = running("ml-1-id", ml.getEphemeralId(), NOW.minusSeconds(5));
        assertSame(run, RunLiveness.asSeen(run, cluster, NOW));
    }

    public void testARunWhoseNodeRestartedIsInterruptedAtOnce() {
        Map<String, Object> shown = RunLiveness.asSeen(running("ml-1-id", "an-earlier-life", NOW.minusSeconds(5)), cluster, NOW);
        assertEquals("interrupted", shown.get("state"));
        assertEquals("interrupted: its node restarted", shown.get("error"));
        assertEquals("training", shown.get("phase"));
    }

    public void testARunWhoseNodeLeftIsInterruptedAtOnce() {
        Map<String, Object> shown = RunLiveness.asSeen(running("gone-id", "any", NOW.minusSeconds(5)), cluster, NOW);
        assertEquals("interrupted: its node left the cluster", shown.get("error"));
    }

    public void testARunSilentForMinutesIsInterruptedEvenOnALiveNode() {
        Instant silentSince = NOW.minus(RunLiveness.SILENT_RUN_IS_INTERRUPTED).minusSeconds(1);
        Map<String, Object> shown = RunLiveness.asSeen(running("ml-1-id", ml.getEphemeralId(), silentSince), cluster, NOW);
        assertEquals("interrupted", shown.get("state"));
        assertTrue(shown.get("error").toString(), shown.get("error").toString().contains("no progress"));
    }

    public void testARunThatEndedShowsAsItIs() {
        Map<String, Object> ended = Map.of("state", "succeeded", "updated", 0L, RunLiveness.NODE_ID, "gone-id");
        assertSame(ended, RunLiveness.asSeen(ended, cluster, NOW));
    }
}

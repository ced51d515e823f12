package io.ueba.plugin.training;

import io.ueba.action.RunStatus;
import org.opensearch.Version;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodeRole;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.test.OpenSearchTestCase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class RunLivenessTests extends OpenSearchTestCase {

    private static final Instant NOW = Instant.ofEpochMilli(1_800_000_000_000L);

    private final DiscoveryNode ml = new DiscoveryNode("ml-1", "ml-1-id", buildNewFakeTransportAddress(), Map.of(),
        Set.of(DiscoveryNodeRole.DATA_ROLE), Version.CURRENT);
    private final DiscoveryNodes cluster = DiscoveryNodes.builder().add(ml).build();

    private static RunStatus run(String state, String nodeId, String ephemeralId, Instant updated) {
        return new RunStatus("run-1", "nightly", "ml-1", nodeId, ephemeralId, updated.minusSeconds(60), updated, state, "training", 1000L, 1000L,
            "autoencoder", 3, 10, 0.02, 0.8, 4L, null, List.of(), null, null);
    }

    public void testARunOnItsLiveNodeThatSpokeLatelyShowsAsItIs() {
        RunStatus run = run("running", "ml-1-id", ml.getEphemeralId(), NOW.minusSeconds(5));
        assertSame(run, RunLiveness.asSeen(run, cluster, NOW));
    }

    public void testARunWhoseNodeRestartedIsInterruptedAtOnce() {
        RunStatus shown = RunLiveness.asSeen(run("running", "ml-1-id", "an-earlier-life", NOW.minusSeconds(5)), cluster, NOW);
        assertEquals("interrupted", shown.state());
        assertEquals("interrupted: its node restarted", shown.error());
        assertEquals("training", shown.phase());
        assertEquals(Integer.valueOf(3), shown.epoch());
    }

    public void testARunWhoseNodeLeftIsInterruptedAtOnce() {
        RunStatus shown = RunLiveness.asSeen(run("running", "gone-id", "any", NOW.minusSeconds(5)), cluster, NOW);
        assertEquals("interrupted: its node left the cluster", shown.error());
    }

    public void testARunSilentForMinutesIsInterruptedEvenOnALiveNode() {
        Instant silentSince = NOW.minus(RunLiveness.SILENT_RUN_IS_INTERRUPTED).minusSeconds(1);
        RunStatus shown = RunLiveness.asSeen(run("running", "ml-1-id", ml.getEphemeralId(), silentSince), cluster, NOW);
        assertEquals("interrupted", shown.state());
        assertTrue(shown.error(), shown.error().contains("no progress"));
    }

    public void testARunStoredBeforeRunsRecordedTheirNodeIsJudgedBySilenceAlone() {
        RunStatus lately = run("running", null, null, NOW.minusSeconds(5));
        assertSame(lately, RunLiveness.asSeen(lately, cluster, NOW));
        Instant silentSince = NOW.minus(RunLiveness.SILENT_RUN_IS_INTERRUPTED).minusSeconds(1);
        assertEquals("interrupted", RunLiveness.asSeen(run("running", null, null, silentSince), cluster, NOW).state());
    }

    public void testARunThatEndedShowsAsItIs() {
        RunStatus ended = run("succeeded", "gone-id", "any", Instant.EPOCH);
        assertSame(ended, RunLiveness.asSeen(ended, cluster, NOW));
    }
}

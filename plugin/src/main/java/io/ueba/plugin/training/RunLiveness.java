package io.ueba.plugin.training;

import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a run whose status document says {@code running} still runs. A run lives in its node's memory: once the
 * node has left the cluster or restarted (a restarted node comes back with a new ephemeral id), the run died with
 * it and nothing it did came into use. A run on a live node that has been silent for minutes died some other way; a
 * running run rewrites its status every second or so. Either shows as {@code interrupted}, and the next run of its
 * job starts cleanly.
 */
public final class RunLiveness {

    static final String NODE_ID = "node_id";
    static final String NODE_EPHEMERAL_ID = "node_ephemeral_id";
    static final Duration SILENT_RUN_IS_INTERRUPTED = Duration.ofMinutes(5);

    private RunLiveness() {}

    /** The run's status as it should be shown: the stored one, or a copy saying {@code interrupted} and why. */
    public static Map<String, Object> asSeen(Map<String, Object> run, DiscoveryNodes nodes, Instant now) {
        if ("running".equals(run.get("state")) == false) {
            return run;
        }
        String reason = null;
        if (run.get(NODE_ID) instanceof String nodeId && run.get(NODE_EPHEMERAL_ID) instanceof String ephemeralId) {
            DiscoveryNode node = nodes.get(nodeId);
            if (node == null) {
                reason = "its node left the cluster";
            } else if (node.getEphemeralId().equals(ephemeralId) == false) {
                reason = "its node restarted";
            }
        }
        if (reason == null && run.get("updated") instanceof Number updated
            && Duration.between(Instant.ofEpochMilli(updated.longValue()), now).compareTo(SILENT_RUN_IS_INTERRUPTED) > 0) {
            reason = "no progress for more than " + SILENT_RUN_IS_INTERRUPTED.toMinutes() + " minutes";
        }
        if (reason == null) {
            return run;
        }
        Map<String, Object> interrupted = new HashMap<>(run);
        interrupted.put("state", "interrupted");
        interrupted.put("error", "interrupted: " + reason);
        return interrupted;
    }
}

package io.ueba.plugin.training;

import io.ueba.action.RunStatus;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodes;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a run whose status document says {@code running} still runs. A run lives in its node's memory: once the
 * node has left the cluster or restarted (a restarted node comes back with a new ephemeral id), the run died with
 * it and nothing it did came into use. A run on a live node that has been silent for minutes died some other way; a
 * running run rewrites its status every second or so. Either shows as {@code interrupted}, and the next run of its
 * job starts cleanly.
 */
public final class RunLiveness {

    static final Duration SILENT_RUN_IS_INTERRUPTED = Duration.ofMinutes(5);

    private RunLiveness() {}

    /** The run's status as it should be shown: the stored one, or a copy saying {@code interrupted} and why. */
    public static RunStatus asSeen(RunStatus run, DiscoveryNodes nodes, Instant now) {
        if (run.running() == false) {
            return run;
        }
        String reason = null;
        // A status written before runs recorded their node says neither: only its silence can tell.
        if (run.nodeId() != null && run.nodeEphemeralId() != null) {
            DiscoveryNode node = nodes.get(run.nodeId());
            if (node == null) {
                reason = "its node left the cluster";
            } else if (node.getEphemeralId().equals(run.nodeEphemeralId()) == false) {
                reason = "its node restarted";
            }
        }
        if (reason == null && run.updated() != null && Duration.between(run.updated(), now).compareTo(SILENT_RUN_IS_INTERRUPTED) > 0) {
            reason = "no progress for more than " + SILENT_RUN_IS_INTERRUPTED.toMinutes() + " minutes";
        }
        return reason == null ? run : run.interrupted(reason);
    }
}

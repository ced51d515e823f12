package io.ueba.plugin.training;

import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.common.settings.ClusterSettings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which node trains: those marked {@code node.attr.ueba_ml: true}, or, when none is and
 * {@code plugins.ueba.ml.fallback_to_data_nodes} allows it, the data nodes. Among them a key (a job's id) always
 * picks the same node while they stay the same, so two runs of a job meet on one node, whose guard lets one run.
 */
public final class MlNodes {

    public static final String ATTRIBUTE = "ueba_ml";

    private volatile boolean fallbackToDataNodes;

    public MlNodes(ClusterSettings clusterSettings) {
        this.fallbackToDataNodes = clusterSettings.get(UebaSettings.ML_FALLBACK_TO_DATA_NODES);
        clusterSettings.addSettingsUpdateConsumer(UebaSettings.ML_FALLBACK_TO_DATA_NODES, fallback -> this.fallbackToDataNodes = fallback);
    }

    /** The node that trains for the key, or empty when no node may train. */
    public Optional<DiscoveryNode> select(DiscoveryNodes nodes, String key) {
        return select(nodes, key, fallbackToDataNodes);
    }

    static Optional<DiscoveryNode> select(DiscoveryNodes nodes, String key, boolean fallbackToDataNodes) {
        List<DiscoveryNode> marked = nodes.getNodes().values().stream().filter(MlNodes::isMarked).sorted(Comparator.comparing(DiscoveryNode::getId)).toList();
        List<DiscoveryNode> eligible = marked.isEmpty() && fallbackToDataNodes
            ? nodes.getDataNodes().values().stream().sorted(Comparator.comparing(DiscoveryNode::getId)).toList()
            : marked;
        return eligible.isEmpty() ? Optional.empty() : Optional.of(eligible.get(Math.floorMod(key.hashCode(), eligible.size())));
    }

    private static boolean isMarked(DiscoveryNode node) {
        return Boolean.parseBoolean(node.getAttributes().get(ATTRIBUTE));
    }

    /** Why no node was selected, for the error a user sees. */
    public static String noneEligible() {
        return "no node may train: none has [node.attr." + ATTRIBUTE + ": true], and ["
            + UebaSettings.ML_FALLBACK_TO_DATA_NODES.getKey() + "] is false or there is no data node";
    }
}

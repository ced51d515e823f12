package io.ueba.plugin.training;

import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.Version;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.cluster.node.DiscoveryNodeRole;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.Settings;
import org.opensearch.test.OpenSearchTestCase;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class MlNodesTests extends OpenSearchTestCase {

    private static DiscoveryNode node(String id, boolean ml, DiscoveryNodeRole... roles) {
        Map<String, String> attributes = ml ? Map.of(MlNodes.ATTRIBUTE, "true") : Map.of();
        return new DiscoveryNode(id, buildNewFakeTransportAddress(), attributes, Set.of(roles), Version.CURRENT);
    }

    private static DiscoveryNodes cluster(DiscoveryNode... nodes) {
        DiscoveryNodes.Builder builder = DiscoveryNodes.builder();
        for (DiscoveryNode node : nodes) {
            builder.add(node);
        }
        return builder.build();
    }

    public void testOnlyMarkedNodesTrainWhenThereAreAny() {
        DiscoveryNodes nodes = cluster(
            node("data-1", false, DiscoveryNodeRole.DATA_ROLE),
            node("ml-1", true, DiscoveryNodeRole.DATA_ROLE),
            node("ml-2", true)
        );
        Set<String> picked = new HashSet<>();
        for (int job = 0; job < 50; job++) {
            picked.add(MlNodes.select(nodes, "job-" + job, true).orElseThrow().getId());
        }
        assertEquals(Set.of("ml-1", "ml-2"), picked);
    }

    public void testAJobAlwaysGoesToTheSameNode() {
        DiscoveryNodes nodes = cluster(node("ml-1", true), node("ml-2", true), node("ml-3", true));
        DiscoveryNodes sameInAnotherOrder = cluster(node("ml-3", true), node("ml-1", true), node("ml-2", true));
        for (int job = 0; job < 20; job++) {
            assertEquals(
                MlNodes.select(nodes, "job-" + job, false).orElseThrow().getId(),
                MlNodes.select(sameInAnotherOrder, "job-" + job, false).orElseThrow().getId()
            );
        }
    }

    public void testDataNodesTrainWhenNoneIsMarkedAndTheFallbackAllowsIt() {
        DiscoveryNodes nodes = cluster(node("data-1", false, DiscoveryNodeRole.DATA_ROLE), node("coordinating-1", false));
        assertEquals("data-1", MlNodes.select(nodes, "nightly", true).orElseThrow().getId());
        assertEquals(Optional.empty(), MlNodes.select(nodes, "nightly", false));
    }

    public void testTheFallbackFollowsTheDynamicSetting() {
        ClusterSettings settings = new ClusterSettings(Settings.EMPTY, Set.of(UebaSettings.ML_FALLBACK_TO_DATA_NODES));
        MlNodes mlNodes = new MlNodes(settings);
        DiscoveryNodes nodes = cluster(node("data-1", false, DiscoveryNodeRole.DATA_ROLE));
        assertTrue(mlNodes.select(nodes, "nightly").isPresent());
        settings.applySettings(Settings.builder().put(UebaSettings.ML_FALLBACK_TO_DATA_NODES.getKey(), false).build());
        assertTrue(mlNodes.select(nodes, "nightly").isEmpty());
        assertTrue(MlNodes.noneEligible(), MlNodes.noneEligible().contains("node.attr.ueba_ml"));
    }
}

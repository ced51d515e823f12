package io.ueba.plugin.index;

import org.opensearch.Version;
import org.opensearch.cluster.ClusterName;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.metadata.Metadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.test.OpenSearchTestCase;

import java.util.List;

public class LoginIndexExpressionTests extends OpenSearchTestCase {

    private static final ClusterState CLUSTER = cluster("logins-vpn", "logins-ad", "logins-test", "web-access");

    private final LoginIndexExpression indices = new LoginIndexExpression(new IndexNameExpressionResolver(new ThreadContext(Settings.EMPTY)));

    public void testAWildcardReadsEveryIndexItMatchesTestIndicesIncluded() {
        assertEquals(List.of("logins-ad", "logins-test", "logins-vpn"), indices.resolve(CLUSTER, "logins-*"));
    }

    public void testAListReadsWhatEachPartNames() {
        assertEquals(List.of("logins-ad", "logins-vpn"), indices.resolve(CLUSTER, "logins-vpn,logins-ad"));
        assertEquals(List.of("logins-ad", "logins-vpn"), indices.resolve(CLUSTER, "logins-*,-logins-test"));
    }

    public void testAMissingIndexIsRefusedNamingTheParameter() {
        assertRefused("logins-missing", "[index] [logins-missing] matches no index");
    }

    public void testAWildcardThatMatchesNothingIsRefusedNamingTheParameter() {
        assertRefused("logins-eu-*", "[index] [logins-eu-*] matches no index");
    }

    public void testAPartOfAListThatMatchesNothingIsRefusedNamingThatPart() {
        assertRefused("logins-vpn,logins-eu-*", "[index] [logins-eu-*] (in [logins-vpn,logins-eu-*]) matches no index");
    }

    public void testLoginIndicesAreReadWhereTheyAreNamed() {
        assertEquals(List.of("logins-ad", "logins-vpn"), indices.resolveLoginIndices(clusterWith(false, false), "logins-*"));
    }

    public void testASystemIndexNamedOutrightIsRefused() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
            () -> indices.resolveLoginIndices(clusterWith(true, false), "logins-*,ueba-store"));
        assertEquals("[index] [ueba-store] is a system or hidden index, not one of logins", e.getMessage());
    }

    public void testAHiddenIndexNamedOutrightIsRefused() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
            () -> indices.resolveLoginIndices(clusterWith(false, true), "ueba-store"));
        assertEquals("[index] [ueba-store] is a system or hidden index, not one of logins", e.getMessage());
    }

    public void testAWildcardLeavesOutTheSystemIndicesItMatches() {
        assertEquals(List.of("logins-ad", "logins-vpn"), indices.resolveLoginIndices(clusterWith(true, false), "*"));
        assertEquals(List.of("logins-ad", "logins-vpn"), indices.resolveLoginIndices(clusterWith(false, true), "logins-*,ueba-*"));
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
            () -> indices.resolveLoginIndices(clusterWith(true, false), "ueba-*"));
        assertEquals("[index] [ueba-*] matches only system or hidden indices, no index of logins", e.getMessage());
    }

    private static ClusterState clusterWith(boolean system, boolean hidden) {
        Metadata.Builder metadata = Metadata.builder(cluster("logins-vpn", "logins-ad").metadata());
        metadata.put(IndexMetadata.builder("ueba-store")
            .settings(Settings.builder().put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT).put(IndexMetadata.SETTING_INDEX_HIDDEN, hidden))
            .system(system)
            .numberOfShards(1)
            .numberOfReplicas(0)
            .build(), false);
        return ClusterState.builder(new ClusterName("test")).metadata(metadata).build();
    }

    private void assertRefused(String expression, String message) {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> indices.resolve(CLUSTER, expression));
        assertEquals(message, e.getMessage());
    }

    private static ClusterState cluster(String... names) {
        Metadata.Builder metadata = Metadata.builder();
        for (String name : names) {
            metadata.put(IndexMetadata.builder(name)
                .settings(Settings.builder().put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT))
                .numberOfShards(1)
                .numberOfReplicas(0)
                .build(), false);
        }
        return ClusterState.builder(new ClusterName("test")).metadata(metadata).build();
    }
}

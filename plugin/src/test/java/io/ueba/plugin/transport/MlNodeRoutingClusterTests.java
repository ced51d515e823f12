package io.ueba.plugin.transport;

import io.ueba.action.TrainAction;
import io.ueba.action.TrainRequest;
import io.ueba.plugin.UebaPlugin;
import io.ueba.plugin.training.MlNodes;
import org.opensearch.ExceptionsHelper;
import org.opensearch.OpenSearchStatusException;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.RemoteTransportException;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Training asked of any node runs on the node marked for ML, in a cluster of several nodes in this JVM. The run is
 * given an index that does not exist, so that it is refused where it lands, before it needs the engine: where the
 * refusal comes from says where the run went.
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.TEST, numDataNodes = 0)
public class MlNodeRoutingClusterTests extends OpenSearchIntegTestCase {

    private static final TrainRequest TRAIN_ON_A_MISSING_INDEX = new TrainRequest("logins-missing", TimeValue.timeValueDays(30), "default");

    @Override
    protected Collection<Class<? extends Plugin>> nodePlugins() {
        return List.of(UebaPlugin.class);
    }

    @Override
    protected Settings nodeSettings(int nodeOrdinal) {
        return Settings.builder().put(super.nodeSettings(nodeOrdinal)).put("plugins.ueba.engine.preload", false).build();
    }

    public void testARunAskedOfAnotherNodeRunsOnTheMlNode() throws Exception {
        String ml = internalCluster().startNode(Settings.builder().put("node.attr." + MlNodes.ATTRIBUTE, true));
        String other = internalCluster().startNode();
        ensureStableCluster(2);

        Exception fromOther = trainingFailureAskedOf(other);
        RemoteTransportException remote = (RemoteTransportException) ExceptionsHelper.unwrap(fromOther, RemoteTransportException.class);
        assertNotNull("the run did not leave the node asked: " + fromOther, remote);
        assertTrue(remote.getMessage(), remote.getMessage().startsWith("[" + ml + "]"));
        assertTrue(remote.getMessage(), remote.getMessage().contains(TrainAction.NAME + "[ml]"));
        assertRefusedForTheIndex(fromOther);

        Exception onMl = trainingFailureAskedOf(ml);
        assertNull("a run asked of the ML node went elsewhere: " + onMl, ExceptionsHelper.unwrap(onMl, RemoteTransportException.class));
        assertRefusedForTheIndex(onMl);
    }

    public void testWithNoMarkedNodeTheFallbackSettingDecides() throws Exception {
        String node = internalCluster().startNode();
        ensureStableCluster(1);

        fallbackToDataNodes(false);
        OpenSearchStatusException refused = expectThrows(OpenSearchStatusException.class,
            () -> client(node).execute(TrainAction.INSTANCE, TRAIN_ON_A_MISSING_INDEX).actionGet());
        assertEquals(RestStatus.SERVICE_UNAVAILABLE, refused.status());
        assertTrue(refused.getMessage(), refused.getMessage().contains("no node may train"));

        fallbackToDataNodes(true);
        Exception ran = trainingFailureAskedOf(node);
        assertRefusedForTheIndex(ran);
    }

    private static void assertRefusedForTheIndex(Exception failure) {
        Throwable refusal = ExceptionsHelper.unwrap(failure, IllegalArgumentException.class);
        assertNotNull("not refused for its index: " + failure, refusal);
        assertTrue(refusal.getMessage(), refusal.getMessage().contains("[index] [logins-missing] matches no index"));
        assertEquals(RestStatus.BAD_REQUEST, ExceptionsHelper.status(failure));
    }

    /** The failure as the asking node's listener hears it: {@code actionGet} would strip the remote wrapper that names the node. */
    private static Exception trainingFailureAskedOf(String node) throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        client(node).execute(TrainAction.INSTANCE, TRAIN_ON_A_MISSING_INDEX, ActionListener.wrap(
            response -> failure.completeExceptionally(new AssertionError("a run on a missing index succeeded: " + response)),
            failure::complete
        ));
        return failure.get(30, TimeUnit.SECONDS);
    }

    private static void fallbackToDataNodes(boolean fallback) {
        assertAcked(client().admin().cluster().prepareUpdateSettings()
            .setTransientSettings(Settings.builder().put("plugins.ueba.ml.fallback_to_data_nodes", fallback)));
    }
}

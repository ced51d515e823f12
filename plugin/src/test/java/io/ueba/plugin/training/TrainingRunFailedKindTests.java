package io.ueba.plugin.training;

import io.ueba.action.FailedKind;
import io.ueba.action.JobModels;
import io.ueba.action.ModelVersion;
import io.ueba.action.RunStatus;
import io.ueba.action.TrainResponse;
import io.ueba.action.TrainedKind;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindsFailedException;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.plugin.UebaPlugin;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.model.ModelSync;
import io.ueba.plugin.model.TrainedModelsHolder;
import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.opensearch.threadpool.ThreadPool;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A run whose rgcn cannot train (its logins name no destination, so its graph has no edge) publishes the rarity model
 * without it, says so in its answer, its status and the version's metadata, and counts as succeeded; a run whose only
 * kind fails fails, saying why.
 */
public class TrainingRunFailedKindTests extends OpenSearchSingleNodeTestCase {

    private static final String INDEX = "logins-no-destination";
    private static final String NO_EDGE = "no login of the window names both ends of any edge";

    private final TrainedModelsHolder models = new TrainedModelsHolder();
    private ModelStore store;
    private ThreadPool threadPool;
    private TrainingRun training;

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return List.of(UebaPlugin.class);
    }

    @Override
    public void setUp() throws Exception {
        super.setUp();
        threadPool = getInstanceFromNode(ThreadPool.class);
        ClusterService clusterService = getInstanceFromNode(ClusterService.class);
        store = new ModelStore(client(), clusterService);
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        EngineService engine = new EngineService(new TorchEngineLoader(createTempDir(), getClass().getClassLoader()), threadPool, false);
        training = new TrainingRun(new IndexedLogins(client()), new LoginPipelines(client()), models, store,
            new ModelSync(store, codec, models, threadPool, TimeValue.timeValueMinutes(1), Instant::now), () -> 5, () -> 20, engine,
            Instant::now, clusterService::localNode, codec);
        indexLoginsWithoutDestination(TrainingRun.MIN_TRAINING_ROWS + 100);
    }

    public void testAKindThatFailsIsLeftOutAndTheOthersArePublished() throws Exception {
        TrainResponse response = run("run-1", new JobModels(List.of(ModelKinds.BUILT_IN.settings("models[0]", Map.of("type", "rarity")),
            rgcnWithoutEdges("models[1]"))));

        assertTrue(response.published());
        assertEquals(List.of("rarity"), response.models().stream().map(TrainedKind::type).toList());
        assertEquals(1, response.failedModels().size());
        FailedKind rgcn = response.failedModels().getFirst();
        assertEquals("rgcn", rgcn.kind());
        assertTrue(rgcn.reason(), rgcn.reason().contains(NO_EDGE));

        RunStatus status = store.latestRun(null).orElseThrow();
        assertEquals("succeeded", status.state());
        assertEquals("run-1", status.modelId());
        assertEquals(response.failedModels(), status.failedModels());

        ModelVersion version = ModelVersion.of(store.metadata("run-1").orElseThrow());
        assertEquals(List.of("rarity"), version.kinds());
        assertEquals(response.failedModels(), version.training().failedModels());
        TrainedModels inUse = models.current("default");
        assertEquals("run-1", inUse.id());
        assertNotNull(inUse.scorer("rarity"));
        assertNull(inUse.scorer("rgcn"));
    }

    public void testARunWhoseEveryKindFailsFailsWithTheReason() throws Exception {
        ExecutionException failure = expectThrows(ExecutionException.class,
            () -> run("run-2", new JobModels(List.of(rgcnWithoutEdges("models[0]")))));
        assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof KindsFailedException);

        RunStatus status = store.latestRun(null).orElseThrow();
        assertEquals("failed", status.state());
        assertTrue(status.error(), status.error().contains("rgcn: " + NO_EDGE));
        assertFalse(store.metadata("run-2").isPresent());
    }

    private TrainResponse run(String runId, JobModels kinds) throws Exception {
        TrainingSpec spec = new TrainingSpec(INDEX, "@timestamp", Duration.ofDays(1), List.of(), "default", kinds);
        return threadPool.executor(UebaSettings.ML_THREAD_POOL)
            .submit(() -> training.run(runId, null, spec, RunCancellation.NEVER))
            .get(2, TimeUnit.MINUTES);
    }

    /** An rgcn whose only edges join a login's source to its destination, which these logins never name. */
    private static KindSettings rgcnWithoutEdges(String path) {
        return ModelKinds.BUILT_IN.settings(path, Map.of("type", "rgcn", "families", List.of("source_destination")));
    }

    private void indexLoginsWithoutDestination(int count) {
        client().admin().indices().prepareCreate(INDEX).setMapping("@timestamp", "type=date").get();
        BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            bulk.add(client().prepareIndex(INDEX).setSource(Map.of(
                "@timestamp", now.minusSeconds(60L * (i + 1)).toString(),
                "user", Map.of("name", "user" + (i % 20)),
                "source", Map.of("ip", "10.0.0." + (i % 20)),
                "event", Map.of("outcome", "success"))));
        }
        BulkResponse indexed = bulk.get();
        assertFalse(indexed.buildFailureMessage(), indexed.hasFailures());
    }
}

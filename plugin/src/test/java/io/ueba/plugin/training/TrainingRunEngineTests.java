package io.ueba.plugin.training;

import io.ueba.action.RunStatus;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.plugin.UebaPlugin;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.model.ModelSync;
import io.ueba.plugin.model.TrainedModelsHolder;
import io.ueba.plugin.settings.UebaSettings;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.opensearch.threadpool.ThreadPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** A run on a node whose engine cannot load ends with a failed status that says why, before it reads a login. */
public class TrainingRunEngineTests extends OpenSearchSingleNodeTestCase {

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return List.of(UebaPlugin.class);
    }

    public void testARunWhoseEngineCannotLoadEndsFailedWithTheReason() throws Exception {
        ThreadPool threadPool = getInstanceFromNode(ThreadPool.class);
        ClusterService clusterService = getInstanceFromNode(ClusterService.class);
        Path notADirectory = Files.createFile(createTempDir().resolve("file"));
        EngineService engine = new EngineService(new TorchEngineLoader(notADirectory.resolve("cache"), getClass().getClassLoader()), threadPool,
            false);
        ModelStore store = new ModelStore(client(), clusterService);
        TrainedModelsHolder models = new TrainedModelsHolder();
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        TrainingRun training = new TrainingRun(new IndexedLogins(client()), new LoginPipelines(client()), models, store,
            new ModelSync(store, codec, models, threadPool, TimeValue.timeValueMinutes(1), Instant::now), () -> 5, () -> 20, engine, Instant::now,
            clusterService::localNode, codec);

        Future<?> run = threadPool.executor(UebaSettings.ML_THREAD_POOL)
            .submit(() -> training.run("run-1", null, TrainingSpec.withDefaults("logins-*", Duration.ofDays(1), "default"), RunCancellation.NEVER));
        ExecutionException failure = expectThrows(ExecutionException.class, () -> run.get(1, TimeUnit.MINUTES));
        assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof EngineLoadException);

        RunStatus status = store.latestRun(null).orElseThrow();
        assertEquals("run-1", status.runId());
        assertEquals("failed", status.state());
        assertEquals(clusterService.localNode().getEphemeralId(), status.nodeEphemeralId());
        assertTrue(status.error(), status.error().contains("could not load the PyTorch engine"));
    }
}

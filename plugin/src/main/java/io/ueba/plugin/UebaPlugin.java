package io.ueba.plugin;

import io.ueba.action.EntityAction;
import io.ueba.action.GetModelsAction;
import io.ueba.action.GetJobsAction;
import io.ueba.action.GraphAction;
import io.ueba.action.JobAction;
import io.ueba.action.JobSchedulerRegistration;
import io.ueba.action.LoginSetupAction;
import io.ueba.action.NodeModelsAction;
import io.ueba.action.RescoreAction;
import io.ueba.action.TrainAction;
import io.ueba.action.UebaInfoAction;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.ingest.LoginFeaturesProcessor;
import io.ueba.plugin.ingest.LoginFeaturesProcessorFactory;
import io.ueba.plugin.ingest.LoginScoreProcessor;
import io.ueba.plugin.job.JobRuns;
import io.ueba.plugin.job.JobStore;
import io.ueba.plugin.job.JobViews;
import io.ueba.plugin.job.UebaJobRunner;
import io.ueba.plugin.job.UebaJobSchedulerExtension;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.model.ModelSync;
import io.ueba.plugin.model.TrainedModelsHolder;
import io.ueba.plugin.rescore.LoginRescorer;
import io.ueba.plugin.rescore.UnscoredLoginsRescore;
import io.ueba.plugin.settings.UebaSettings;
import io.ueba.plugin.training.IndexedLogins;
import io.ueba.plugin.training.LoginPipelines;
import io.ueba.plugin.training.MlNodes;
import io.ueba.plugin.training.TrainingRun;
import io.ueba.plugin.transport.JobSchedulerStatus;
import io.ueba.plugin.transport.TransportEntityAction;
import io.ueba.plugin.transport.TransportGetModelsAction;
import io.ueba.plugin.transport.TransportGetJobsAction;
import io.ueba.plugin.transport.TransportGraphAction;
import io.ueba.plugin.transport.TransportJobAction;
import io.ueba.plugin.transport.TransportLoginSetupAction;
import io.ueba.plugin.transport.TransportNodeModelsAction;
import io.ueba.plugin.transport.TransportRescoreAction;
import io.ueba.plugin.transport.TransportTrainAction;
import io.ueba.plugin.transport.TransportUebaInfoAction;
import io.ueba.rest.RestEntityAction;
import io.ueba.rest.RestGetModelsAction;
import io.ueba.rest.RestGraphAction;
import io.ueba.rest.RestJobAction;
import io.ueba.rest.RestLoginSetupAction;
import io.ueba.rest.RestRescoreAction;
import io.ueba.rest.RestTrainAction;
import io.ueba.rest.RestUebaInfoAction;
import org.opensearch.action.ActionRequest;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.IndexScopedSettings;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.settings.SettingsFilter;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.NamedWriteableRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.env.Environment;
import org.opensearch.env.NodeEnvironment;
import org.opensearch.indices.SystemIndexDescriptor;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SystemIndexPlugin;
import org.opensearch.repositories.RepositoriesService;
import org.opensearch.rest.RestController;
import org.opensearch.rest.RestHandler;
import org.opensearch.script.ScriptService;
import org.opensearch.threadpool.ExecutorBuilder;
import org.opensearch.threadpool.FixedExecutorBuilder;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.Client;
import org.opensearch.transport.client.node.NodeClient;
import org.opensearch.watcher.ResourceWatcherService;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Login anomaly detection for OpenSearch. */
public class UebaPlugin extends Plugin implements ActionPlugin, IngestPlugin, SystemIndexPlugin {

    private final UebaJobRunner jobRunner = new UebaJobRunner();
    // Ingest processors are built before createComponents runs, so the models holder exists from the start.
    private final TrainedModelsHolder models = new TrainedModelsHolder();
    private volatile boolean registeredWithJobScheduler;

    /** The version in our jar's manifest, which Maven writes from the project version. */
    public static String version() {
        String version = UebaPlugin.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    public UebaJobRunner jobRunner() {
        return jobRunner;
    }

    public void markRegisteredWithJobScheduler() {
        registeredWithJobScheduler = true;
    }

    @Override
    public List<Setting<?>> getSettings() {
        return UebaSettings.all();
    }

    @Override
    public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
        return Map.of(
            LoginFeaturesProcessor.TYPE, new LoginFeaturesProcessorFactory(models, System::currentTimeMillis),
            LoginScoreProcessor.TYPE, new LoginScoreProcessor.Factory()
        );
    }

    @Override
    public List<ExecutorBuilder<?>> getExecutorBuilders(Settings settings) {
        // One thread: engine loading and model work are CPU-heavy and must not crowd out search and ingest.
        return List.of(new FixedExecutorBuilder(settings, UebaSettings.ML_THREAD_POOL, 1, 16, "plugins.ueba.thread_pool.ml"));
    }

    @Override
    public Collection<Object> createComponents(
        Client client,
        ClusterService clusterService,
        ThreadPool threadPool,
        ResourceWatcherService resourceWatcherService,
        ScriptService scriptService,
        NamedXContentRegistry xContentRegistry,
        Environment environment,
        NodeEnvironment nodeEnvironment,
        NamedWriteableRegistry namedWriteableRegistry,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<RepositoriesService> repositoriesServiceSupplier
    ) {
        Settings settings = environment.settings();
        TorchEngineLoader loader = new TorchEngineLoader(UebaSettings.engineCacheDir(settings, environment), UebaPlugin.class.getClassLoader(),
            UebaSettings.engineThreads(settings));
        EngineService engine = new EngineService(loader, threadPool, UebaSettings.preloadsEngine(settings));
        ModelStore store = new ModelStore(client, clusterService);
        TrainedModelsCodec codec = new TrainedModelsCodec(ModelKinds.BUILT_IN);
        ModelSync sync = new ModelSync(store, codec, models, threadPool, UebaSettings.MODEL_POLL_INTERVAL.get(settings), Instant::now);
        LoginPipelines pipelines = new LoginPipelines(client);
        UnscoredLoginsRescore unscoredRescore = new UnscoredLoginsRescore(new LoginRescorer((NodeClient) client), pipelines,
            (NodeClient) client, threadPool, clusterService.getClusterSettings(), Instant::now);
        sync.onPublished(unscoredRescore::modelPublished);
        TrainingRun trainingRun = new TrainingRun(
            new IndexedLogins(client),
            pipelines,
            models,
            store,
            sync,
            () -> clusterService.getClusterSettings().get(UebaSettings.MODEL_VERSIONS_KEPT),
            () -> clusterService.getClusterSettings().get(UebaSettings.RUNS_KEPT),
            engine,
            Instant::now,
            clusterService::localNode,
            codec
        );
        JobStore jobStore = new JobStore(client, clusterService);
        JobRuns jobRuns = new JobRuns(trainingRun, jobStore, threadPool);
        jobRunner.initialize(client);
        MlNodes mlNodes = new MlNodes(clusterService.getClusterSettings());
        JobSchedulerStatus jobScheduler = new JobSchedulerStatus(
            () -> new JobSchedulerRegistration(
                UebaJobSchedulerExtension.JOB_TYPE,
                UebaJobSchedulerExtension.JOB_INDEX,
                registeredWithJobScheduler
            )
        );
        JobViews jobViews = new JobViews(jobStore, store, clusterService);
        return List.of(engine, jobScheduler, models, store, sync, unscoredRescore, trainingRun, jobRuns, jobStore, jobViews, mlNodes);
    }

    @Override
    public Collection<SystemIndexDescriptor> getSystemIndexDescriptors(Settings settings) {
        return List.of(
            new SystemIndexDescriptor(ModelStore.INDEX, "UEBA model versions (bytes in chunks, metadata, the version in use) and training runs' status"),
            new SystemIndexDescriptor(UebaJobSchedulerExtension.JOB_INDEX, "UEBA training jobs, swept by Job Scheduler")
        );
    }

    @Override
    public List<ActionHandler<? extends ActionRequest, ? extends ActionResponse>> getActions() {
        return List.of(
            new ActionHandler<>(UebaInfoAction.INSTANCE, TransportUebaInfoAction.class),
            new ActionHandler<>(NodeModelsAction.INSTANCE, TransportNodeModelsAction.class),
            new ActionHandler<>(LoginSetupAction.INSTANCE, TransportLoginSetupAction.class),
            new ActionHandler<>(TrainAction.INSTANCE, TransportTrainAction.class),
            new ActionHandler<>(GetModelsAction.INSTANCE, TransportGetModelsAction.class),
            new ActionHandler<>(JobAction.INSTANCE, TransportJobAction.class),
            new ActionHandler<>(GetJobsAction.INSTANCE, TransportGetJobsAction.class),
            new ActionHandler<>(RescoreAction.INSTANCE, TransportRescoreAction.class),
            new ActionHandler<>(GraphAction.INSTANCE, TransportGraphAction.class),
            new ActionHandler<>(EntityAction.INSTANCE, TransportEntityAction.class)
        );
    }

    @Override
    public List<RestHandler> getRestHandlers(
        Settings settings,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster
    ) {
        return List.of(new RestUebaInfoAction(), new RestLoginSetupAction(), new RestTrainAction(), new RestGetModelsAction(), new RestJobAction(),
            new RestRescoreAction(), new RestGraphAction(), new RestEntityAction());
    }
}

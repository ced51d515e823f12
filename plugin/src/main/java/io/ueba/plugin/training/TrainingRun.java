package io.ueba.plugin.training;

import ai.djl.engine.Engine;
import io.ueba.action.ModelSettings;
import io.ueba.action.TrainResponse;
import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.LoginKey;
import io.ueba.ml.model.ProfileLearner;
import io.ueba.ml.model.Reservoir;
import io.ueba.ml.model.ScorerTraining;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.plugin.engine.EngineService;
import io.ueba.plugin.model.ModelDescription;
import io.ueba.plugin.model.ModelStore;
import io.ueba.plugin.model.ModelSync;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.cluster.node.DiscoveryNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * One training run over the successful logins of a window, in two passes: the first learns the entity profile, the
 * second trains the autoencoder on the logins as featurized against that profile. Both are saved together to the
 * model store at the end and only then come into use, so a half-trained model is never seen, not even after a
 * node restarts in the middle of a run. A failed login makes nothing known. Each login is read as the ingest pipeline of
 * its index read it ({@link StoredLoginReader}); documents that are not logins are counted and skipped. A window with
 * too few logins publishes nothing. Runs on the ML thread pool.
 *
 * <p>With a model in use that it can build on (see {@link #warmStart}), a run is incremental: the autoencoder starts
 * from that model's weights and trains on the logins since that model's run, plus a bounded replay sample of the
 * older logins of the window so that it does not forget them. The profile is always learned over the whole window.
 */
public final class TrainingRun {

    private static final Logger logger = LogManager.getLogger(TrainingRun.class);

    /** Fewer logins than this teach a model nothing worth scoring with: such a run publishes nothing. */
    static final int MIN_TRAINING_ROWS = 500;

    private final IndexedLogins logins;
    private final LoginPipelines pipelines;
    private final TrainedModelsHolder models;
    private final ModelStore store;
    private final ModelSync sync;
    private final IntSupplier versionsToKeep;
    private final IntSupplier runsToKeep;
    private final EngineService engine;
    private final Supplier<Instant> clock;
    private final Supplier<DiscoveryNode> localNode;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();
    private final LoginVectorizer vectorizer = new LoginVectorizer();

    public TrainingRun(
        IndexedLogins logins,
        LoginPipelines pipelines,
        TrainedModelsHolder models,
        ModelStore store,
        ModelSync sync,
        IntSupplier versionsToKeep,
        IntSupplier runsToKeep,
        EngineService engine,
        Supplier<Instant> clock,
        Supplier<DiscoveryNode> localNode
    ) {
        this.logins = logins;
        this.pipelines = pipelines;
        this.models = models;
        this.store = store;
        this.sync = sync;
        this.versionsToKeep = versionsToKeep;
        this.runsToKeep = runsToKeep;
        this.engine = engine;
        this.clock = clock;
        this.localNode = localNode;
    }

    /** A new run's id: it names the run's status document and the model version the run makes. */
    public String newRunId() {
        return "run-" + clock.get().toEpochMilli();
    }

    /**
     * Trains and saves new models, writing the run's progress to its status document as it goes.
     *
     * @param jobId     the job the run belongs to; null for a run asked for through {@code _train}
     * @param cancelled asked as the run goes; a cancelled run publishes nothing
     */
    public TrainResponse run(String runId, String jobId, TrainingSpec spec, RunCancellation cancelled) throws EngineLoadException,
        IOException {
        RunProgress progress = new RunProgress(store, runId, jobId, localNode.get(), clock);
        try {
            TrainResponse response = train(runId, spec, progress, cancelled);
            if (response.published()) {
                progress.succeeded(runId);
            } else {
                progress.skipped(response.notPublishedReason());
            }
            return response;
        } catch (RunCancelledException e) {
            progress.cancelled(e.getMessage());
            throw e;
        } catch (EngineLoadException | IOException | RuntimeException e) {
            progress.failed(e);
            throw e;
        } finally {
            deleteOldRuns(jobId);
        }
    }

    /** Old run statuses are history nobody reads; a failure to delete them must not fail the run that just ended. */
    private void deleteOldRuns(String jobId) {
        try {
            store.deleteRunsBeyond(jobId, runsToKeep.getAsInt());
        } catch (RuntimeException e) {
            logger.warn("could not delete the old runs of [" + (jobId == null ? "_train" : jobId) + "]", e);
        }
    }

    private TrainResponse train(String version, TrainingSpec spec, RunProgress progress, RunCancellation cancelled)
        throws EngineLoadException, IOException {
        Instant started = clock.get();
        Instant from = started.minus(spec.window());
        // Before reading a single login: a node whose engine cannot load says so in the run's status at once.
        engine.ensureLoaded();
        // The model in use, which an incremental run builds on. A stored version this node cannot decode (an older
        // format after an upgrade) is reported and passed over: the run builds on what is in use, if it may, or trains
        // from scratch, and its version replaces the one that could not be read.
        sync.sync();
        WarmStart warm = warmStart(spec, from).orElse(null);
        StoredLoginReader reader = new StoredLoginReader(pipelines.optionsByIndex(spec.indices()), () -> started.toEpochMilli());
        long total = logins.count(spec.indices(), spec.timeField(), from, started);
        if (total == 0) {
            // A job over indices that hold no logins yet (or none in its window): nothing to read, nothing to publish.
            return response(null, 0, new LoginCounts(), new ProfileLearner(), null, 0, 0, 0, started, tooFew(0));
        }

        progress.phase(RunProgress.Phase.PROFILE, total);
        ProfileLearner learner = new ProfileLearner();
        LoginCounts counts = new LoginCounts();
        long read = logins.forEach(spec.indices(), spec.timeField(), from, started, reader.sourceFields(),
            reporting(progress, 0, cancelled, successfulLogins(reader, counts, learner::add)));
        EntityProfile profile = learner.build(version);

        progress.phase(RunProgress.Phase.SAMPLING, total);
        long seed = spec.model().seed();
        Reservoir recent = new Reservoir(spec.model().maxRows(), seed);
        Reservoir replay = new Reservoir(warm == null ? 0 : spec.model().replayRows(), seed + 1);
        Instant since = warm == null ? from : warm.since();
        long older = warm == null ? 0 : logins.forEach(spec.indices(), spec.timeField(), from, since, reader.sourceFields(),
            reporting(progress, 0, cancelled, successfulLogins(reader, new LoginCounts(), sampling(replay, profile))));
        logins.forEach(spec.indices(), spec.timeField(), since, started, reader.sourceFields(), reporting(progress, older, cancelled,
            successfulLogins(reader, new LoginCounts(), sampling(recent, profile))));
        List<float[]> rows = new ArrayList<>(recent.rows());
        rows.addAll(replay.rows());
        if (rows.size() < MIN_TRAINING_ROWS) {
            // Publishing a profile learned from next to nothing would make every user "new": an alert storm.
            return response(null, read, counts, learner, null, rows.size(), replay.size(), 0, started, tooFew(rows.size()));
        }

        progress.phase(RunProgress.Phase.TRAINING, total);
        LoginScorer trained = trainScorer(version, rows, spec.model(), warm, progress, cancelled);

        progress.phase(RunProgress.Phase.SAVING, total);
        TrainResponse response = response(version, read, counts, learner, warm, rows.size(), replay.size(), trained.threshold().value(),
            started, null);
        cancelled.checkBeforePublishing();
        store.save(
            new ModelDescription(version, started, spec, from, started, response, trained),
            TrainedModelsCodec.encode(new TrainedModels(profile, trained)),
            versionsToKeep.getAsInt()
        );
        sync.sync();
        return response;
    }

    private static String tooFew(int rows) {
        return "the window holds " + rows + " successful logins to train on, fewer than the " + MIN_TRAINING_ROWS
            + " needed: nothing was published and the models in use stay";
    }

    private TrainResponse response(String version, long read, LoginCounts counts, ProfileLearner learner, WarmStart warm, int rows,
        int replayRows, double threshold, Instant started, String notPublishedReason) {
        return new TrainResponse(version, read, counts.learned, counts.skipped, learner.users(), version, warm == null ? null : warm.modelId(),
            rows, replayRows, threshold, Duration.between(started, clock.get()).toMillis(), notPublishedReason, List.of());
    }

    /** Offers each login, featurized against the profile, to the sample as a training row. */
    private Consumer<LoginEvent> sampling(Reservoir sample, EntityProfile profile) {
        return event -> sample.offer(LoginKey.of(event), vectorizer.vectorize(featurizer.featurize(event, profile)));
    }

    /** The model in use, with the end of the window it was trained on: an incremental run learns the logins since. */
    private record WarmStart(String modelId, DenseAutoencoder weights, Instant since) {}

    /**
     * The model in use when this run may build on it: the settings ask for incremental runs, the model has the shape
     * they give, it learned from the same logins (indices and time field), and its run ended inside this run's
     * window. Anything else trains from scratch.
     */
    private Optional<WarmStart> warmStart(TrainingSpec spec, Instant from) {
        TrainedModels inUse = models.current();
        if (spec.model().incremental() == false || inUse.scorer() == null
            || inUse.scorer().model().fits(vectorizer.dimension(), spec.model().autoencoder(true)) == false) {
            return Optional.empty();
        }
        return store.origin(inUse.id())
            .filter(origin -> spec.indices().equals(origin.indices()) && spec.timeField().equals(origin.timeField()))
            .map(ModelDescription.Origin::windowTo)
            .filter(since -> since.isAfter(from))
            .map(since -> new WarmStart(inUse.id(), inUse.scorer().model(), since));
    }

    /**
     * Tells the progress how many documents the consumer has been given so far, after {@code before} given earlier, and
     * stops the run once it is cancelled.
     */
    private static BiConsumer<String, Map<String, Object>> reporting(RunProgress progress, long before, RunCancellation cancelled,
        BiConsumer<String, Map<String, Object>> consumer) {
        long[] given = { before };
        return (index, source) -> {
            consumer.accept(index, source);
            progress.read(++given[0]);
            if (given[0] % IndexedLogins.PAGE_SIZE == 0) {
                cancelled.check();
            }
        };
    }

    private LoginScorer trainScorer(String version, List<float[]> rows, ModelSettings settings, WarmStart warm, RunProgress progress,
        RunCancellation cancelled) {
        return ScorerTraining.train(version, rows, settings.autoencoder(warm != null), settings.thresholdRule(), warm == null ? null : warm.weights(),
            Engine.getEngine("PyTorch").defaultDevice(), (epoch, epochs, loss) -> {
                progress.epoch(epoch, epochs, loss);
                cancelled.check();
            });
    }

    /** Reads each document as ingest read it; successful logins go to the consumer, documents that are not logins are counted. */
    private static BiConsumer<String, Map<String, Object>> successfulLogins(StoredLoginReader reader, LoginCounts counts,
        Consumer<LoginEvent> consumer) {
        return (index, source) -> {
            LoginEvent event = reader.read(index, source).event();
            if (event == null) {
                counts.skipped++;
                return;
            }
            if (event.outcome() == LoginOutcome.SUCCESS) {
                consumer.accept(event);
                counts.learned++;
            }
        };
    }

    /** Successful logins learned from, and documents that are not logins in our schema. */
    private static final class LoginCounts {
        long learned;
        long skipped;
    }
}

package io.ueba.plugin.training;

import ai.djl.engine.Engine;
import io.ueba.action.FailedKind;
import io.ueba.action.TrainResponse;
import io.ueba.action.TrainedKind;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.KindFailure;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.ModelSetTraining;
import io.ueba.ml.model.ProfileLearner;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.model.TrainingContext;
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
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * One training run over the successful logins of a window, in two passes: the first learns the entity profile, the
 * second featurizes each login against that profile once and offers it to the trainer of every kind the job lists
 * ({@link ModelSetTrainer}), which then train. The profile and every kind's model are saved together to the model
 * store at the end and only then come into use, so a half-trained model is never seen, not even after a node restarts
 * in the middle of a run. A kind whose training fails is left out of the version, which the others still make, and the
 * run says which and why; a run where every kind fails fails. A failed login makes nothing known. Each login is read as
 * the ingest pipeline of its index read it ({@link StoredLoginReader}); documents that are not logins are counted and
 * skipped. A window with too few logins publishes nothing. Runs on the ML thread pool.
 *
 * <p>With models in use that it can build on (see {@link #warmStart}), the second pass tells each login apart as one
 * those models learned already or one since, so a kind can train incrementally: the autoencoder starts from its
 * weights and trains on the logins since, plus a bounded replay sample of the older ones so that it does not forget
 * them. The profile is always learned over the whole window.
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
    private final TrainedModelsCodec codec;

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
        Supplier<DiscoveryNode> localNode,
        TrainedModelsCodec codec
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
        this.codec = codec;
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
                progress.succeeded(runId, response.failedModels());
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
        // The models in use, which an incremental run builds on. A stored version this node cannot decode (an older
        // format after an upgrade) is reported and passed over: the run builds on what is in use, if it may, or trains
        // from scratch, and its version replaces the one that could not be read.
        sync.sync();
        WarmStart warm = warmStart(spec, from);
        StoredLoginReader reader = new StoredLoginReader(pipelines.optionsByIndex(spec.indices()),
            ModelSetTrainer.attributeFields(spec.models().kinds()), () -> started.toEpochMilli());
        long total = logins.count(spec, from, started);
        if (total == 0) {
            // A job over indices that hold no logins yet (or none in its window): nothing to read, nothing to publish.
            return notPublished(0, new LoginCounts(), new ProfileLearner(), started, tooFew(0));
        }

        progress.phase(RunProgress.Phase.PROFILE, total);
        ProfileLearner learner = new ProfileLearner();
        LoginCounts counts = new LoginCounts();
        long read = logins.forEach(spec, from, started, reader.sourceFields(),
            reporting(progress, 0, cancelled, successfulLogins(reader, counts, learner::add)));
        if (counts.learned < MIN_TRAINING_ROWS) {
            // Publishing a profile learned from next to nothing would make every user "new": an alert storm.
            return notPublished(read, counts, learner, started, tooFew(counts.learned));
        }
        EntityProfile profile = learner.build(version);

        // One pass for every kind: the logins the models in use learned already, then the ones since.
        progress.phase(RunProgress.Phase.SAMPLING, total);
        ModelSetTrainer trainer = new ModelSetTrainer(profile, spec.models().kinds(), warm.models());
        Consumer<LoginEvent> learnedAlready = login -> trainer.offer(login, true);
        Consumer<LoginEvent> since = login -> trainer.offer(login, false);
        long older = warm.since().equals(from) ? 0 : logins.forEach(spec, from, warm.since(), reader.sourceFields(),
            reporting(progress, 0, cancelled, successfulLogins(reader, new LoginCounts(), learnedAlready)));
        logins.forEach(spec, warm.since(), started, reader.sourceFields(),
            reporting(progress, older, cancelled, successfulLogins(reader, new LoginCounts(), since)));

        progress.phase(RunProgress.Phase.TRAINING, total);
        List<String> kinds = spec.models().kinds().stream().map(KindSettings::kind).toList();
        ModelSetTraining training = trainer.train(new TrainingContext(version, Engine.getEngine("PyTorch").defaultDevice(),
            (kind, epoch, epochs, loss) -> {
                progress.epoch(kind, kinds.indexOf(kind), kinds.size(), epoch, epochs, (float) loss);
                cancelled.check();
            }));
        for (KindFailure failure : training.failed()) {
            logger.warn("run [" + version + "] leaves the [" + failure.kind() + "] model out of its version: its training failed",
                failure.cause());
        }

        progress.phase(RunProgress.Phase.SAVING, total);
        TrainResponse response = new TrainResponse(version, read, counts.learned, counts.skipped, learner.users(), version,
            training.trained().stream().map(TrainingRun::summary).toList(), Duration.between(started, clock.get()).toMillis(), null,
            List.of(), training.failed().stream().map(failure -> new FailedKind(failure.kind(), failure.reason())).toList());
        cancelled.checkBeforePublishing();
        store.save(
            new ModelDescription(version, started, spec, from, started, response),
            codec.encode(ModelSetTrainer.published(profile, training.trained())),
            versionsToKeep.getAsInt()
        );
        sync.sync();
        return response;
    }

    private static String tooFew(long logins) {
        return "the window holds " + logins + " successful logins to train on, fewer than the " + MIN_TRAINING_ROWS
            + " needed: nothing was published and the models in use stay";
    }

    private TrainResponse notPublished(long read, LoginCounts counts, ProfileLearner learner, Instant started, String reason) {
        return new TrainResponse(null, read, counts.learned, counts.skipped, learner.users(), null, List.of(),
            Duration.between(started, clock.get()).toMillis(), reason, List.of(), List.of());
    }

    private static TrainedKind summary(KindTraining training) {
        LoginScorer scorer = training.scorer();
        return new TrainedKind(scorer.kind(), training.warmStartedFrom(), training.trainingRows(), training.replayRows(),
            scorer.threshold().method(), scorer.threshold().value(), training.tookMillis(), training.metrics());
    }

    /**
     * What the run may build on: the models in use, and the end of the window they learned from, which splits this
     * run's window into the logins they learned already and the ones since.
     */
    private record WarmStart(TrainedModels models, Instant since) {}

    /**
     * The models in use when this run may build on them: they learned from the same logins (indices and time field)
     * and their run ended inside this run's window. Each kind then decides for itself whether it builds on its model
     * in use (the autoencoder does when its settings ask for incremental runs and its shape is unchanged). Anything
     * else starts afresh over the whole window.
     */
    private WarmStart warmStart(TrainingSpec spec, Instant from) {
        TrainedModels inUse = models.current(spec.modelSet());
        if (inUse.scores() == false) {
            return new WarmStart(TrainedModels.NONE, from);
        }
        return store.origin(inUse.id())
            .filter(origin -> spec.indices().equals(origin.indices()) && spec.timeField().equals(origin.timeField()))
            .map(ModelDescription.Origin::windowTo)
            .filter(since -> since.isAfter(from))
            .map(since -> new WarmStart(inUse, since))
            .orElse(new WarmStart(TrainedModels.NONE, from));
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

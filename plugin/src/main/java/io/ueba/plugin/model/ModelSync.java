package io.ueba.plugin.model;

import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.common.lifecycle.AbstractLifecycleComponent;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.threadpool.Scheduler;
import org.opensearch.threadpool.ThreadPool;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Keeps this node's models the ones the store's pointers name, one per model set: checks the pointers every poll
 * interval (one search) and, when a set's pointer names another version, reads, verifies and decodes that version off
 * the ingest path, then swaps it in. Every node does this, the one that trained included, so there is one way a model
 * comes into use.
 *
 * <p>A version this node cannot use (written in another format by an older or newer plugin, or damaged) is logged
 * once, remembered and not read again until the pointer names another version: the set's models in use stay, and
 * training, which trains from scratch when nothing usable is in use, replaces it. A kind inside a version that this
 * node cannot read is passed over and reported, and the other kinds come into use. A store that cannot be read at all
 * (a node starting, a shard recovering) is tried again at the next poll, and logged at warn only if it lasts.
 */
public final class ModelSync extends AbstractLifecycleComponent {

    private static final Logger logger = LogManager.getLogger(ModelSync.class);
    /** The first check after start comes soon, so a restarted node scores with its model almost at once. */
    private static final TimeValue FIRST_CHECK = TimeValue.timeValueSeconds(1);
    /**
     * A store that cannot be read while a node starts or a shard recovers is no news: such a failure is logged at warn
     * only once it has lasted this long.
     */
    private static final Duration PASSING = Duration.ofMinutes(1);

    /**
     * What this node scores with in one model set and how its last check went, for {@code GET /_plugins/_ueba}.
     *
     * @param inUse         the version ingest uses; null before any
     * @param wanted        the version the set's pointer named at the last check; null when not known
     * @param unusable      a version named by the pointer that this node cannot use; null when there is none
     * @param unusableKinds the kinds of the version in use that this node could not read, with why: it scores with the
     *                      others, and the next run trains these afresh
     * @param lastError     why the last check failed; null when it did not
     * @param errorAt       when it failed; null when it did not
     */
    public record Status(String inUse, String wanted, String unusable, Map<String, String> unusableKinds, String lastError, Instant errorAt) {}

    private final ModelStore store;
    private final TrainedModelsCodec codec;
    private final TrainedModelsHolder models;
    private final ThreadPool threadPool;
    private final TimeValue interval;
    private final Supplier<Instant> clock;
    private final List<BiConsumer<String, TrainedModels>> onPublished = new CopyOnWriteArrayList<>();
    /** By model set; replaced whole, so a reader sees one check's statuses. */
    private volatile Map<String, Status> statuses = Map.of();
    /** Since when the store could not be read; null while it can. */
    private Instant unreadableSince;
    private boolean unreadableWarned;
    private volatile Scheduler.Cancellable polling;

    public ModelSync(ModelStore store, TrainedModelsCodec codec, TrainedModelsHolder models, ThreadPool threadPool, TimeValue interval,
        Supplier<Instant> clock) {
        this.store = store;
        this.codec = codec;
        this.models = models;
        this.threadPool = threadPool;
        this.interval = interval;
        this.clock = clock;
    }

    /** Tells the listener of every version that comes into use on this node, on the thread that brought it in. */
    public void onPublished(BiConsumer<String, TrainedModels> listener) {
        onPublished.add(listener);
    }

    /** Each model set's status on this node, by set. */
    public Map<String, Status> status() {
        return statuses;
    }

    /**
     * Brings every model set of this node to the version its pointer names, if it is not there already and can use it.
     * Never throws: what went wrong is in {@link #status()} and the log.
     */
    public synchronized void sync() {
        Map<String, String> wanted;
        try {
            wanted = store.currentIds();
        } catch (RuntimeException e) {
            failed("could not read the model store's pointers: " + e.getMessage(), e);
            return;
        }
        unreadableSince = null;
        unreadableWarned = false;
        Map<String, Status> now = new TreeMap<>(statuses);
        wanted.forEach((modelSet, version) -> now.put(modelSet, sync(modelSet, version, now.get(modelSet))));
        statuses = Map.copyOf(now);
    }

    /** Brings one set to the version its pointer names; its status afterwards. */
    private Status sync(String modelSet, String wanted, Status before) {
        String inUse = models.current(modelSet).id();
        Map<String, String> unusableKinds = before == null ? Map.of() : before.unusableKinds();
        if (before != null && wanted.equals(before.unusable())) {
            // Known to be unusable: not read again, and the error stays on show until the store names another version.
            return before;
        }
        if (wanted.equals(inUse)) {
            return new Status(inUse, wanted, null, unusableKinds, null, null);
        }
        TrainedModelsCodec.Decoded decoded;
        try {
            decoded = codec.decode(store.read(wanted));
        } catch (IOException e) {
            logger.warn("cannot use model [{}] of model set [{}] from the store: {}; scoring stays with [{}] until a training run publishes "
                + "another version", wanted, modelSet, e.getMessage(), inUse);
            return new Status(inUse, wanted, wanted, unusableKinds, "cannot use model [" + wanted + "]: " + e.getMessage(), clock.get());
        } catch (RuntimeException e) {
            logger.debug(() -> "could not read model [" + wanted + "] of model set [" + modelSet + "]; trying again at the next check", e);
            return new Status(inUse, wanted, null, unusableKinds, "could not read model [" + wanted + "]: " + e.getMessage(), clock.get());
        }
        decoded.unusable().forEach((kind, why) -> logger.warn(
            "model [{}]: cannot use its [{}] model: {}; scoring with the other kinds until a training run trains it again", wanted, kind, why));
        TrainedModels loaded = decoded.models();
        models.publish(modelSet, loaded);
        logger.info("model set [{}] now scores with model [{}] (was [{}])", modelSet, wanted, inUse);
        for (BiConsumer<String, TrainedModels> listener : onPublished) {
            listener.accept(modelSet, loaded);
        }
        return new Status(wanted, wanted, null, decoded.unusable(), null, null);
    }

    /**
     * A check that may well succeed next time (a node starting, a shard recovering): said at warn, and shown in every
     * set's status, only once it has lasted a while.
     */
    private void failed(String error, RuntimeException e) {
        Instant now = clock.get();
        unreadableSince = unreadableSince == null ? now : unreadableSince;
        if (Duration.between(unreadableSince, now).compareTo(PASSING) < 0) {
            logger.debug(error, e);
            return;
        }
        if (unreadableWarned == false) {
            logger.warn("{} (for {} s now)", error, Duration.between(unreadableSince, now).toSeconds());
            unreadableWarned = true;
        }
        Map<String, Status> failing = new TreeMap<>();
        statuses.forEach((modelSet, status) -> failing.put(modelSet,
            new Status(status.inUse(), status.wanted(), status.unusable(), status.unusableKinds(), error, now)));
        statuses = Map.copyOf(failing);
    }

    @Override
    protected void doStart() {
        threadPool.schedule(this::sync, FIRST_CHECK, ThreadPool.Names.GENERIC);
        polling = threadPool.scheduleWithFixedDelay(this::sync, interval, ThreadPool.Names.GENERIC);
    }

    @Override
    protected void doStop() {
        Scheduler.Cancellable running = polling;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    protected void doClose() {}
}

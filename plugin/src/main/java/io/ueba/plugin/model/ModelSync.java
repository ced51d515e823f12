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
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps this node's models the ones the store's pointer names: checks the pointer every poll interval (one document
 * read) and, when it names another version, reads, verifies and decodes that version off the ingest path, then swaps
 * it in. Every node does this, the one that trained included, so there is one way a model comes into use.
 *
 * <p>A version this node cannot use (written in another format or feature layout, by an older or newer plugin, or
 * damaged) is logged once, remembered and not read again until the pointer names another version: the models in use
 * stay, and training, which trains from scratch when nothing usable is in use, replaces it. A store that cannot be read
 * at all (a node starting, a shard recovering) is tried again at the next poll, and logged at warn only if it lasts.
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
     * What this node scores with and how its last check went, for {@code GET /_plugins/_ueba}.
     *
     * @param inUse     the version ingest uses; null before any
     * @param wanted    the version the store's pointer named at the last check; null when none or not known
     * @param unusable  a version named by the pointer that this node cannot use; null when there is none
     * @param lastError why the last check failed; null when it did not
     * @param errorAt   when it failed; null when it did not
     */
    public record Status(String inUse, String wanted, String unusable, String lastError, Instant errorAt) {}

    private final ModelStore store;
    private final TrainedModelsHolder models;
    private final ThreadPool threadPool;
    private final TimeValue interval;
    private final Supplier<Instant> clock;
    private final List<Consumer<TrainedModels>> onPublished = new CopyOnWriteArrayList<>();
    private volatile Status status = new Status(null, null, null, null, null);
    /** Since when the store could not be read; null while it can. */
    private Instant unreadableSince;
    private boolean unreadableWarned;
    private volatile Scheduler.Cancellable polling;

    public ModelSync(ModelStore store, TrainedModelsHolder models, ThreadPool threadPool, TimeValue interval, Supplier<Instant> clock) {
        this.store = store;
        this.models = models;
        this.threadPool = threadPool;
        this.interval = interval;
        this.clock = clock;
    }

    /** Tells the listener of every version that comes into use on this node, on the thread that brought it in. */
    public void onPublished(Consumer<TrainedModels> listener) {
        onPublished.add(listener);
    }

    public Status status() {
        return status;
    }

    /**
     * Brings this node to the version the pointer names, if it is not there already and can use it. Never throws:
     * what went wrong is in {@link #status()} and the log.
     *
     * @return the version in use afterwards; null while there is none
     */
    public synchronized String sync() {
        String inUse = models.current().id();
        String wanted;
        try {
            wanted = store.currentId().orElse(null);
        } catch (RuntimeException e) {
            failed(inUse, status.wanted(), "could not read the model store's pointer: " + e.getMessage(), e);
            return inUse;
        }
        if (wanted != null && wanted.equals(status.unusable())) {
            // Known to be unusable: not read again, and the error stays on show until the store names another version.
            reached(status);
            return inUse;
        }
        if (wanted == null || Objects.equals(wanted, inUse)) {
            reached(new Status(inUse, wanted, null, null, null));
            return inUse;
        }
        TrainedModels loaded;
        try {
            loaded = TrainedModelsCodec.decode(store.read(wanted));
        } catch (IOException e) {
            logger.warn("cannot use model [{}] from the store: {}; scoring stays with [{}] until a training run publishes another version",
                wanted, e.getMessage(), inUse);
            reached(new Status(inUse, wanted, wanted, "cannot use model [" + wanted + "]: " + e.getMessage(), clock.get()));
            return inUse;
        } catch (RuntimeException e) {
            failed(inUse, wanted, "could not read model [" + wanted + "]: " + e.getMessage(), e);
            return inUse;
        }
        models.publish(loaded);
        reached(new Status(wanted, wanted, null, null, null));
        logger.info("now scoring with model [{}] (was [{}])", wanted, inUse);
        for (Consumer<TrainedModels> listener : onPublished) {
            listener.accept(loaded);
        }
        return wanted;
    }

    /** The store could be read, whatever it held. */
    private void reached(Status now) {
        status = now;
        unreadableSince = null;
        unreadableWarned = false;
    }

    /**
     * A check that may well succeed next time (a node starting, a shard recovering): said at warn, and shown in the
     * status, only once it has lasted a while.
     */
    private void failed(String inUse, String wanted, String error, RuntimeException e) {
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
        status = new Status(inUse, wanted, status.unusable(), error, now);
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

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
import java.util.Objects;

/**
 * Keeps this node's models the ones the store's pointer names: checks the pointer every poll interval (one document
 * read) and, when it names another version, reads, verifies and decodes that version off the ingest path, then swaps
 * it in. Every node does this, the one that trained included, so there is one way a model comes into use.
 */
public final class ModelSync extends AbstractLifecycleComponent {

    private static final Logger logger = LogManager.getLogger(ModelSync.class);
    /** The first check after start comes soon, so a restarted node scores with its model almost at once. */
    private static final TimeValue FIRST_CHECK = TimeValue.timeValueSeconds(1);

    private final ModelStore store;
    private final TrainedModelsHolder models;
    private final ThreadPool threadPool;
    private final TimeValue interval;
    private volatile Scheduler.Cancellable polling;

    public ModelSync(ModelStore store, TrainedModelsHolder models, ThreadPool threadPool, TimeValue interval) {
        this.store = store;
        this.models = models;
        this.threadPool = threadPool;
        this.interval = interval;
    }

    /**
     * Brings this node to the version the pointer names, if it is not there already.
     *
     * @return the version in use afterwards; null while the store holds none
     */
    public synchronized String sync() throws IOException {
        String wanted = store.currentId().orElse(null);
        String inUse = models.current().id();
        if (wanted == null || Objects.equals(wanted, inUse)) {
            return inUse;
        }
        TrainedModels loaded = TrainedModelsCodec.decode(store.read(wanted));
        models.publish(loaded);
        logger.info("now scoring with model [{}] (was [{}])", wanted, inUse);
        return wanted;
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (Exception e) {
            // The store may not be searchable yet (a node starting, a shard recovering): the next check tries again.
            logger.debug("could not check the model store", e);
        }
    }

    @Override
    protected void doStart() {
        threadPool.schedule(this::syncQuietly, FIRST_CHECK, ThreadPool.Names.GENERIC);
        polling = threadPool.scheduleWithFixedDelay(this::syncQuietly, interval, ThreadPool.Names.GENERIC);
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

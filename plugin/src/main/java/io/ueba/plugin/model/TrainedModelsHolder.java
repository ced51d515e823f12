package io.ueba.plugin.model;

import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.profile.EntityProfile;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The models ingest reads on this node, swapped atomically when training publishes: a processor sees the old
 * models or the new ones, never a mix.
 */
public final class TrainedModelsHolder {

    private final AtomicReference<TrainedModels> current = new AtomicReference<>(TrainedModels.NONE);

    public TrainedModels current() {
        return current.get();
    }

    /** Publishes a profile, with a new scorer, or keeping the current one when the run trained none (null). */
    public void publish(EntityProfile profile, LoginScorer scorer) {
        current.updateAndGet(previous -> new TrainedModels(profile, scorer != null ? scorer : previous.scorer()));
    }
}

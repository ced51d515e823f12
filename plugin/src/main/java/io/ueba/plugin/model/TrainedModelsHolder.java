package io.ueba.plugin.model;

import io.ueba.ml.model.TrainedModels;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The models ingest reads on this node, swapped atomically when a new version comes into use: a processor sees the
 * old models or the new ones, never a mix.
 */
public final class TrainedModelsHolder {

    private final AtomicReference<TrainedModels> current = new AtomicReference<>(TrainedModels.NONE);

    public TrainedModels current() {
        return current.get();
    }

    public void publish(TrainedModels models) {
        current.set(models);
    }
}

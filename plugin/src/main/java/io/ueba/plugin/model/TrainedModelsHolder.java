package io.ueba.plugin.model;

import io.ueba.ml.model.TrainedModels;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models ingest reads on this node, one {@link TrainedModels} per model set, each swapped atomically when a new
 * version of that set comes into use: a processor sees the old models or the new ones, never a mix.
 */
public final class TrainedModelsHolder {

    private final Map<String, TrainedModels> sets = new ConcurrentHashMap<>();

    /** The set's models; {@link TrainedModels#NONE} before its first version comes into use. */
    public TrainedModels current(String modelSet) {
        return sets.getOrDefault(modelSet, TrainedModels.NONE);
    }

    public void publish(String modelSet, TrainedModels models) {
        sets.put(modelSet, models);
    }
}

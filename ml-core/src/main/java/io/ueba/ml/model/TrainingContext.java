package io.ueba.ml.model;

import ai.djl.Device;

/**
 * What a run gives every kind's trainer.
 *
 * @param version the version the run publishes, which its scorers carry
 * @param device  where models train
 * @param onEpoch told after each epoch of a trainer that has epochs; it may throw to stop the run
 */
public record TrainingContext(String version, Device device, EpochListener onEpoch) {

    @FunctionalInterface
    public interface EpochListener {
        void epochDone(String kind, int epoch, int epochs, double loss);
    }
}

package io.ueba.plugin.training;

import io.ueba.action.JobConfig;
import io.ueba.action.ModelSettings;
import io.ueba.plugin.job.UebaJob;

import java.time.Duration;

/**
 * What a training run learns from and what it trains: the logins of {@code indices} whose {@code timeField} falls in
 * the last {@code window}, and the model its settings describe.
 */
public record TrainingSpec(String indices, String timeField, Duration window, ModelSettings model) {

    public static TrainingSpec of(UebaJob job) {
        return new TrainingSpec(job.indices(), job.timeField(), Duration.ofMillis(job.window().millis()), job.model());
    }

    /** A run of the default model over {@code @timestamp}, as {@code _train} asks for. */
    public static TrainingSpec withDefaults(String indices, Duration window) {
        return new TrainingSpec(indices, JobConfig.DEFAULT_TIME_FIELD, window, ModelSettings.DEFAULTS);
    }
}

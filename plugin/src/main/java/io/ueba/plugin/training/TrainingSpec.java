package io.ueba.plugin.training;

import io.ueba.action.JobConfig;
import io.ueba.action.JobModels;
import io.ueba.plugin.job.UebaJob;

import java.time.Duration;
import java.util.List;

/**
 * What a training run learns from and what it trains: the logins of {@code indices} whose {@code timeField} falls in
 * the last {@code window}, less those whose {@code login.account_kind} is one of {@code excludeAccountKinds}, the model
 * kinds its settings list, and the model set it publishes them to.
 */
public record TrainingSpec(String indices, String timeField, Duration window, List<String> excludeAccountKinds, String modelSet,
    JobModels models) {

    public static TrainingSpec of(UebaJob job) {
        return new TrainingSpec(job.indices(), job.timeField(), Duration.ofMillis(job.window().millis()), job.excludeAccountKinds(),
            job.modelSet(), job.models());
    }

    /** A run of the default models over {@code @timestamp} into a model set, as {@code _train} asks for. */
    public static TrainingSpec withDefaults(String indices, Duration window, String modelSet) {
        return new TrainingSpec(indices, JobConfig.DEFAULT_TIME_FIELD, window, JobConfig.DEFAULTS.excludeAccountKinds(), modelSet,
            JobModels.DEFAULTS);
    }
}

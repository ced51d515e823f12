package io.ueba.ml.model;

import java.util.Map;
import java.util.Set;

/** One kind's settings in a training job, as {@link ModelKind#settings} read and checked them. */
public interface KindSettings {

    /** The {@link ModelKind#name()} of the kind these settings are for. */
    String kind();

    /** Every setting, defaults included, under the names {@link ModelKind#settings} reads: what the job stores and shows. */
    Map<String, Object> asMap();

    /**
     * A trainer for one run.
     *
     * @param inUse this kind's scorer in use, which the run may build on, or null when there is none or the run may not
     *              (it learned from other logins, or its window is not this run's)
     */
    KindTrainer trainer(LoginScorer inUse);

    /** Further fields of a login's document that this kind learns from ({@link io.ueba.ml.login.LoginEvent#attributes}). */
    default Set<String> attributeFields() {
        return Set.of();
    }
}

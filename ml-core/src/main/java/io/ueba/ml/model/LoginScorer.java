package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.threshold.Threshold;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Set;

/**
 * A published model of one kind, ready for the ingest path: scores a login from its features, in memory, with no
 * engine call. Immutable and safe to share between threads: a new run publishes a new one.
 */
public interface LoginScorer {

    /** The {@link ModelKind#name()} of its kind. */
    String kind();

    /** The run that trained it. */
    String version();

    /** Calibrated on the training logins: a score of 1 is the threshold. */
    Threshold threshold();

    /** @param features the login's features, against the profile published with this scorer */
    KindScore score(LoginFeatures features);

    /** Further fields of a login's document that scoring reads ({@link LoginFeatures#attributes}). */
    default Set<String> attributeFields() {
        return Set.of();
    }

    /** Writes what {@link ModelKind#read} reads back: the kind's own state (the store keeps the version and threshold). */
    void write(DataOutput out) throws IOException;
}

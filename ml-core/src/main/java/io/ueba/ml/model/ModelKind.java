package io.ueba.ml.model;

import io.ueba.ml.threshold.Threshold;

import java.io.DataInput;
import java.io.IOException;

/**
 * A kind of model a training job can train and ingest can score with: the autoencoder, and whatever comes next. A
 * kind reads its settings, makes a trainer from them ({@link KindSettings#trainer}), and reads back the scorers it
 * trained ({@link LoginScorer#write} writes them). Adding a kind is adding its classes and naming it in
 * {@link ModelKinds#BUILT_IN}; the job, the run, the store and the processors need nothing else.
 */
public interface ModelKind {

    /** The kind's name: a job's {@code models[i].type}, the document's {@code ueba.scores.<name>}. */
    String name();

    /**
     * The settings a job gave for this kind, defaults for what it did not.
     *
     * @throws IllegalArgumentException naming the field that is wrong, through {@link SettingsFields#refuse}
     */
    KindSettings settings(SettingsFields given);

    /** The layout of what {@link LoginScorer#write} writes; a stored scorer of another format is not read. */
    int format();

    /**
     * What a trained scorer depends on beyond its own bytes, such as the layout of the features it reads; a stored
     * scorer trained under another schema is not read.
     */
    String schema();

    /**
     * Reads back a scorer that {@link LoginScorer#write} wrote under this format and schema.
     *
     * @param version   the run that trained it, which the store keeps for every kind
     * @param threshold its threshold, which the store keeps for every kind
     */
    LoginScorer read(String version, Threshold threshold, DataInput in) throws IOException;
}

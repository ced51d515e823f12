package io.ueba.ml.engine;

/** Where the deep-learning engine is in its life on this JVM. */
public enum EngineState {
    NOT_LOADED,
    LOADING,
    READY,
    FAILED;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.ueba.ml.engine;

/** The deep-learning engine could not be loaded; the message says why. */
public class EngineLoadException extends Exception {

    public EngineLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

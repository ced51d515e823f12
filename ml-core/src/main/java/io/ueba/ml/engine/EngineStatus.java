package io.ueba.ml.engine;

import java.util.List;

/**
 * What an operator needs to know about the engine on one JVM: whether it loaded, which PyTorch, on which
 * devices, from where, how long it took, and why it failed if it did.
 *
 * @param nativesReused true when libtorch was found already extracted in the cache, false when this load
 *                      extracted it; null until a load has finished
 */
public record EngineStatus(
    EngineState state,
    String engineName,
    String engineVersion,
    List<String> devices,
    String cacheDir,
    String libraryPath,
    Boolean nativesReused,
    long loadMillis,
    String error
) {

    public EngineStatus {
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    public static EngineStatus notLoaded(String cacheDir) {
        return new EngineStatus(EngineState.NOT_LOADED, null, null, List.of(), cacheDir, null, null, 0, null);
    }

    public static EngineStatus loading(String cacheDir) {
        return new EngineStatus(EngineState.LOADING, null, null, List.of(), cacheDir, null, null, 0, null);
    }

    public static EngineStatus failed(String cacheDir, long loadMillis, Throwable cause) {
        return new EngineStatus(EngineState.FAILED, null, null, List.of(), cacheDir, null, null, loadMillis, describe(cause));
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}

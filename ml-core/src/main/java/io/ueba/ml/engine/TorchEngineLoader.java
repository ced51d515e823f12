package io.ueba.ml.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.LibUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads DJL's PyTorch engine from the natives bundled on the class path, never from the network.
 *
 * <p>DJL resolves its engines once per JVM, in a static initializer that looks through the thread
 * context class loader; inside an OpenSearch plugin that loader is not the plugin's, so the loader sets
 * it for the duration of the first call. Offline mode and the cache directory are JVM-wide system
 * properties, set before DJL reads them.
 */
public final class TorchEngineLoader {

    public static final String ENGINE_NAME = "PyTorch";

    private final Path cacheDir;
    private final ClassLoader classLoader;

    /**
     * @param cacheDir    where DJL extracts libtorch (reused on the next start)
     * @param classLoader the class loader that sees DJL and its natives (the plugin's, inside a node)
     */
    public TorchEngineLoader(Path cacheDir, ClassLoader classLoader) {
        this.cacheDir = cacheDir.toAbsolutePath();
        this.classLoader = classLoader;
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /** Loads the engine (a no-op after the first success in this JVM) and describes it. */
    public EngineStatus load() throws EngineLoadException {
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            Files.createDirectories(cacheDir);
            boolean nativesReused = hasExtractedNatives();
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("OPT_OUT_TRACKING", "true");
            System.setProperty("ENGINE_CACHE_DIR", cacheDir.toString());
            thread.setContextClassLoader(classLoader);
            Engine engine = Engine.getEngine(ENGINE_NAME);
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            return new EngineStatus(
                EngineState.READY,
                engine.getEngineName(),
                engine.getVersion(),
                devices(engine),
                cacheDir.toString(),
                LibUtils.getLibtorchPath(),
                nativesReused,
                loadMillis,
                null
            );
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new EngineLoadException("could not load the " + ENGINE_NAME + " engine with cache dir " + cacheDir, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private boolean hasExtractedNatives() throws IOException {
        Path torchCache = cacheDir.resolve("pytorch");
        if (!Files.isDirectory(torchCache)) {
            return false;
        }
        try (Stream<Path> versions = Files.list(torchCache)) {
            return versions.anyMatch(Files::isDirectory);
        }
    }

    private static List<String> devices(Engine engine) {
        List<String> devices = new ArrayList<>();
        devices.add(Device.cpu().toString());
        for (int i = 0; i < engine.getGpuCount(); i++) {
            devices.add(Device.gpu(i).toString());
        }
        return devices;
    }
}

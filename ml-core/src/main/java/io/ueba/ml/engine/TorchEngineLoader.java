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

    /** DJL reads it when the engine starts: PyTorch's threads for one operation. */
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    private final Path cacheDir;
    private final ClassLoader classLoader;
    private final int threads;

    /** A loader whose engine uses {@link #defaultThreads()}. */
    public TorchEngineLoader(Path cacheDir, ClassLoader classLoader) {
        this(cacheDir, classLoader, defaultThreads());
    }

    /**
     * @param cacheDir    where DJL extracts libtorch (reused on the next start)
     * @param classLoader the class loader that sees DJL and its natives (the plugin's, inside a node)
     * @param threads     PyTorch's threads for one operation, unless the JVM was started with {@value #THREADS_PROPERTY}
     */
    public TorchEngineLoader(Path cacheDir, ClassLoader classLoader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("[threads] must be at least 1, got [" + threads + "]");
        }
        this.cacheDir = cacheDir.toAbsolutePath();
        this.classLoader = classLoader;
        this.threads = threads;
    }

    /**
     * Half the processors, at least one. PyTorch's threads spin while they wait for each other; when another busy
     * thread takes one of their cores (ingest on a node, a second job), every operation waits for the slowest: on two
     * busy cores a training step of the graph model took 30 times longer with two threads than with one.
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
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
            if (System.getProperty(THREADS_PROPERTY) == null) {
                System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
            }
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

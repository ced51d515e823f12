package io.ueba.ml.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeHeapTest {

    private static final Path STATUS = Path.of("/proc/self/status");

    @BeforeAll
    static void loadEngine() throws Exception {
        new TorchEngineLoader(Path.of(System.getProperty("ueba.test.cache", "target/djl-cache")), NativeHeapTest.class.getClassLoader()).load();
    }

    @Test
    void givesFreedEngineArraysBackToTheSystem() throws IOException {
        assumeTrue(Files.isReadable(STATUS), "resident memory is read from /proc");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            // 8 MiB each, under glibc's mapping threshold once it has seen one freed, so carved from its heap; every other
            // one stays, so that the freed ones cannot merge into the heap's top, which glibc would return by itself
            manager.ones(new Shape(2 << 20)).close();
            List<NDArray> freed = new ArrayList<>();
            List<NDArray> kept = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                freed.add(manager.ones(new Shape(2 << 20)));
                kept.add(manager.ones(new Shape(2 << 20)));
            }
            freed.forEach(NDArray::close);
            long before = residentKilobytes();

            assertTrue(NativeHeap.trim(), "glibc's malloc_trim through JNA");

            long released = before - residentKilobytes();
            assertTrue(released > 128 * 1024, "released " + released + " kB of the 256 MiB freed");
            kept.forEach(NDArray::close);
        }
    }

    private static long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(STATUS)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in " + STATUS);
    }
}

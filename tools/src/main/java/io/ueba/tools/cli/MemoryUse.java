package io.ueba.tools.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The peak memory of this process, as the benchmarks report it. */
final class MemoryUse {

    private MemoryUse() {}

    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /**
     * The glibc setting that moves the resident peak of training most ({@code MALLOC_MMAP_THRESHOLD_}, which
     * {@code bin/ueba} sets), as this process was started with it; null when unset.
     */
    static String mallocMmapThreshold() {
        return System.getenv("MALLOC_MMAP_THRESHOLD_");
    }

    /** The peaks, and the allocator setting they were measured under, as the benchmarks print them. */
    static String peaksLine(long heapMegabytes, long rssMegabytes) {
        String threshold = mallocMmapThreshold();
        return String.format(Locale.ROOT, "peak heap %,d MB, peak RSS %,d MB (MALLOC_MMAP_THRESHOLD_ %s)", heapMegabytes, rssMegabytes,
            threshold == null ? "unset: glibc's own, which grows" : threshold);
    }

    /** The peak resident set (the kernel's VmHWM), native memory included; -1 where the kernel does not say. */
    static long peakRssMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status) == false) {
            return -1;
        }
        return Files.readAllLines(status).stream()
            .filter(line -> line.startsWith("VmHWM:"))
            .map(line -> Long.parseLong(line.substring(6).trim().split("\\s+")[0]) >> 10)
            .findFirst()
            .orElse(-1L);
    }
}

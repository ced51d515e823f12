package io.ueba.tools.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

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

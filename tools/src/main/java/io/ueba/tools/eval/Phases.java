package io.ueba.tools.eval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** How long each phase of an evaluation took, in the order they ran. */
public final class Phases {

    private final Map<String, Duration> took = new LinkedHashMap<>();

    public <T> T time(String phase, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            took.merge(phase, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    public Map<String, Duration> took() {
        return Map.copyOf(took);
    }

    /** {@code phase 1.2 s, phase 3.4 s}, in order. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        took.forEach((phase, duration) -> out.append(out.isEmpty() ? "" : ", ").append(phase).append(' ')
            .append(String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)));
        return out.toString();
    }

    /** Seconds per phase, for the JSON line. */
    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        took.forEach((phase, duration) -> seconds.put(phase.replace(' ', '_'), Math.round(duration.toMillis() / 100.0) / 10.0));
        return seconds;
    }
}

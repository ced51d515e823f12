package io.ueba.ml.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a load did with every line it read: {@code lines == indexed + failed + rejected + skipped}, always.
 *
 * @param lines    lines read from the input
 * @param indexed  documents the node indexed
 * @param failed   documents the node refused (bulk item errors)
 * @param rejected lines that could not be read as a login
 * @param skipped  lines that are not logins (headers, log-offs)
 * @param examples the first few failures and rejections, with their line numbers
 */
public record LoadReport(long lines, long indexed, long failed, long rejected, long skipped, Duration elapsed, List<String> examples) {

    public double documentsPerSecond() {
        return (indexed + failed) / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    public String summary() {
        return String.format(
            Locale.ROOT,
            "%,d lines: %,d indexed, %,d failed, %,d rejected, %,d skipped in %.1f s (%,.0f docs/s)",
            lines, indexed, failed, rejected, skipped, elapsed.toNanos() / 1e9, documentsPerSecond()
        );
    }
}

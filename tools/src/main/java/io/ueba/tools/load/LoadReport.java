package io.ueba.tools.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a load did with every line it read: {@code lines == indexed + indexedWithError + failed + rejected + skipped},
 * always.
 *
 * @param lines            lines accounted for: once the load is over, every line read
 * @param indexed          documents the node indexed as the pipeline enriched them
 * @param indexedWithError documents the node indexed after the pipeline failed on them: its on_failure handler wrote
 *                         why into {@code ueba.error}, and the login is neither featurized nor scored
 * @param failed           documents the node refused (bulk item errors)
 * @param rejected         lines that could not be read as a login or a JSON object
 * @param skipped          lines that are not logins (headers, log-offs, events a pipeline dropped)
 * @param examples         the reasons of the first few lines that were not indexed cleanly, by line number
 */
public record LoadReport(
    long lines,
    long indexed,
    long indexedWithError,
    long failed,
    long rejected,
    long skipped,
    Duration elapsed,
    List<String> examples
) {

    public double documentsPerSecond() {
        return (indexed + indexedWithError + failed) / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** Lines that did not become a document on the node. */
    public long notIndexed() {
        return failed + rejected;
    }

    /** What became of the lines; the progress line shows the same while the load runs. */
    public String counts() {
        return String.format(
            Locale.ROOT,
            "%,d lines: %,d indexed, %,d indexed with an error, %,d failed, %,d rejected, %,d skipped",
            lines, indexed, indexedWithError, failed, rejected, skipped
        );
    }

    public String summary() {
        return String.format(Locale.ROOT, "%s in %.1f s (%,.0f docs/s)", counts(), elapsed.toNanos() / 1e9, documentsPerSecond());
    }
}

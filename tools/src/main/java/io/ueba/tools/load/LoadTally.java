package io.ueba.tools.load;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;

/**
 * The running counts of a load, and the reasons of its first few lines that were not indexed cleanly. A line counts
 * once it is accounted for: a line waiting in a batch that is not sent yet is in none of the counts.
 */
final class LoadTally {

    private static final int MAX_EXAMPLES = 10;

    private final long startNanos = System.nanoTime();
    /** By line number: reasons come back out of order (errors only once the pipeline's marks are checked), the lowest stay. */
    private final TreeMap<Long, String> examples = new TreeMap<>();
    private long indexed;
    private long indexedWithError;
    private long failed;
    private long rejected;
    private long skipped;

    void indexed() {
        indexed++;
    }

    /** A document counted as indexed turned out to carry the pipeline's {@code ueba.error}. */
    void indexedWithError(long line, String error) {
        indexed--;
        indexedWithError++;
        example(line, "indexed with an error: " + error);
    }

    void failed(long line, String reason) {
        failed++;
        example(line, "failed: " + reason);
    }

    void rejected(long line, String reason) {
        rejected++;
        example(line, "rejected: " + reason);
    }

    void skipped() {
        skipped++;
    }

    LoadReport report() {
        return new LoadReport(
            indexed + indexedWithError + failed + rejected + skipped, indexed, indexedWithError, failed, rejected, skipped,
            Duration.ofNanos(System.nanoTime() - startNanos),
            examples.entrySet().stream().map(example -> "line " + example.getKey() + " " + example.getValue()).toList()
        );
    }

    private void example(long line, String text) {
        examples.put(line, text);
        if (examples.size() > MAX_EXAMPLES) {
            examples.pollLastEntry();
        }
    }
}

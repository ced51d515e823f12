package io.ueba.ml.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.ml.login.EcsLoginDocument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Sends logins to an index through the {@code _bulk} API, in batches, and accounts for every line: indexed, refused
 * by the node, rejected by the reader, or skipped as not a login. The index's default pipeline does the enrichment.
 */
public final class BulkLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXAMPLES = 10;

    private final OpenSearchHttp node;
    private final String index;
    private final int batchSize;
    private final boolean idsFromLines;

    public BulkLoader(OpenSearchHttp node, String index, int batchSize) {
        this(node, index, batchSize, false);
    }

    private BulkLoader(OpenSearchHttp node, String index, int batchSize, boolean idsFromLines) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("[batch_size] must be at least 1, got [" + batchSize + "]");
        }
        this.node = node;
        this.index = index;
        this.batchSize = batchSize;
        this.idsFromLines = idsFromLines;
    }

    /** A loader that gives each document its line number as {@code _id}, so what the node made of it can be joined back. */
    public BulkLoader withLineIds() {
        return new BulkLoader(node, index, batchSize, true);
    }

    /**
     * @param lines    the parsed input
     * @param fraction how much of the input has been read, 0 to 1, or negative when unknown (for the progress bar)
     * @param progress where progress goes, or null for none
     */
    public LoadReport load(Iterator<ParsedLine> lines, DoubleSupplier fraction, ProgressBar progress) {
        long start = System.nanoTime();
        Counts counts = new Counts();
        StringBuilder batch = new StringBuilder();
        List<Long> batchLines = new ArrayList<>();
        while (lines.hasNext()) {
            ParsedLine line = lines.next();
            counts.lines++;
            switch (line) {
                case ParsedLine.Login login -> add(batch, batchLines, login.line(), json(login));
                case ParsedLine.Document document -> add(batch, batchLines, document.line(), document.json());
                case ParsedLine.Rejected rejected -> {
                    counts.rejected++;
                    counts.example("line " + rejected.line() + " rejected: " + rejected.reason());
                }
                case ParsedLine.Skipped skipped -> counts.skipped++;
            }
            if (batchLines.size() == batchSize) {
                send(batch, batchLines, counts);
            }
            if (progress != null) {
                progress.update(fraction.getAsDouble(), counts.indexed + counts.failed, counts.failed + counts.rejected);
            }
        }
        if (batchLines.isEmpty() == false) {
            send(batch, batchLines, counts);
        }
        node.post("/" + index + "/_refresh", "");
        if (progress != null) {
            progress.finish(counts.indexed + counts.failed, counts.failed + counts.rejected);
        }
        return new LoadReport(
            counts.lines, counts.indexed, counts.failed, counts.rejected, counts.skipped,
            Duration.ofNanos(System.nanoTime() - start), List.copyOf(counts.examples)
        );
    }

    private void add(StringBuilder batch, List<Long> batchLines, long line, String source) {
        batch.append(idsFromLines ? "{\"index\":{\"_id\":\"" + line + "\"}}\n" : "{\"index\":{}}\n").append(source).append('\n');
        batchLines.add(line);
    }

    private void send(StringBuilder batch, List<Long> batchLines, Counts counts) {
        JsonNode reply = node.postOk("/" + index + "/_bulk", batch.toString());
        JsonNode items = reply.get("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = items.get(i).elements().next();
            if (result.has("error")) {
                counts.failed++;
                counts.example("line " + batchLines.get(i) + " failed: " + result.get("error").path("reason").asText(result.get("error").toString()));
            } else {
                counts.indexed++;
            }
        }
        batch.setLength(0);
        batchLines.clear();
    }

    private static String json(ParsedLine.Login login) {
        try {
            return JSON.writeValueAsString(EcsLoginDocument.toDocument(login.event()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write line " + login.line() + " as JSON", e);
        }
    }

    private static final class Counts {
        long lines;
        long indexed;
        long failed;
        long rejected;
        long skipped;
        final List<String> examples = new ArrayList<>();

        void example(String text) {
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(text);
            }
        }
    }
}

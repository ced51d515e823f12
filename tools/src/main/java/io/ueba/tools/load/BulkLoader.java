package io.ueba.tools.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.ml.login.EcsLoginDocument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Sends logins to an index through the {@code _bulk} API, in batches, and accounts for every line: indexed, indexed
 * with the pipeline's {@code ueba.error}, refused by the node, rejected by the reader, or skipped as not a login (by
 * the reader, or by a pipeline that drops it). The index's default pipeline does the enrichment, or the one named.
 */
public final class BulkLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What {@code _bulk} answers for a document that a pipeline's {@code drop} processor dropped. */
    private static final String DROPPED = "noop";

    private final OpenSearchHttp node;
    private final String index;
    private final int batchSize;
    private final boolean idsFromLines;
    private final String pipeline;

    public BulkLoader(OpenSearchHttp node, String index, int batchSize) {
        this(node, index, batchSize, false, null);
    }

    private BulkLoader(OpenSearchHttp node, String index, int batchSize, boolean idsFromLines, String pipeline) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("[--batch-size] must be at least 1, got [" + batchSize + "]");
        }
        this.node = node;
        this.index = index;
        this.batchSize = batchSize;
        this.idsFromLines = idsFromLines;
        this.pipeline = pipeline;
    }

    /** A loader that gives each document its line number as {@code _id}, so what the node made of it can be joined back. */
    public BulkLoader withLineIds() {
        return new BulkLoader(node, index, batchSize, true, pipeline);
    }

    /** A loader that sends every document through this pipeline instead of the index's default. */
    public BulkLoader withPipeline(String name) {
        return new BulkLoader(node, index, batchSize, idsFromLines, name);
    }

    /**
     * Loads every line and, once the last is sent, refreshes the index so that what was loaded can be searched.
     *
     * @param lines    the parsed input
     * @param fraction how much of the input has been read, 0 to 1, or negative when unknown (for the progress line)
     * @param progress where progress goes, or null for none
     */
    public LoadReport load(Iterator<ParsedLine> lines, DoubleSupplier fraction, ProgressLine progress) {
        LoadTally tally = new LoadTally();
        Supplier<LoadReport> soFar = tally::report;
        PipelineErrors errors = new PipelineErrors(node, index);
        StringBuilder batch = new StringBuilder();
        List<Long> batchLines = new ArrayList<>();
        if (progress != null) {
            progress.start(tally.report());
        }
        while (lines.hasNext()) {
            switch (lines.next()) {
                case ParsedLine.Login login -> add(batch, batchLines, login.line(), json(login));
                case ParsedLine.Document document -> add(batch, batchLines, document.line(), document.json());
                case ParsedLine.Rejected rejected -> tally.rejected(rejected.line(), rejected.reason());
                case ParsedLine.Skipped skipped -> tally.skipped();
            }
            if (batchLines.size() == batchSize) {
                send(batch, batchLines, tally, errors);
            }
            if (progress != null) {
                progress.update(fraction.getAsDouble(), soFar);
            }
        }
        if (batchLines.isEmpty() == false) {
            send(batch, batchLines, tally, errors);
        }
        markErrors(errors, tally);
        LoadReport report = tally.report();
        if (progress != null) {
            progress.finish(report);
        }
        return report;
    }

    private void add(StringBuilder batch, List<Long> batchLines, long line, String source) {
        batch.append(idsFromLines ? "{\"index\":{\"_id\":\"" + line + "\"}}\n" : "{\"index\":{}}\n").append(source).append('\n');
        batchLines.add(line);
    }

    private void send(StringBuilder batch, List<Long> batchLines, LoadTally tally, PipelineErrors errors) {
        JsonNode reply = node.postOk("/" + index + "/_bulk" + (pipeline == null ? "" : "?pipeline=" + pipeline), batch.toString());
        JsonNode items = reply.get("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = items.get(i).elements().next();
            if (result.has("error")) {
                tally.failed(batchLines.get(i), result.get("error").path("reason").asText(result.get("error").toString()));
            } else if (DROPPED.equals(result.path("result").asText())) {
                tally.skipped();
            } else {
                tally.indexed();
                errors.indexed(result.get("_id").asText(), batchLines.get(i));
            }
        }
        batch.setLength(0);
        batchLines.clear();
        if (errors.due()) {
            markErrors(errors, tally);
        }
    }

    private static void markErrors(PipelineErrors errors, LoadTally tally) {
        errors.check().forEach(marked -> tally.indexedWithError(marked.line(), marked.error()));
    }

    private static String json(ParsedLine.Login login) {
        try {
            return JSON.writeValueAsString(EcsLoginDocument.toDocument(login.event()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write line " + login.line() + " as JSON", e);
        }
    }
}

package io.ueba.ml.dataset;

import java.util.List;

/** Maps raw events into the login schema the way a node's ingest pipeline does, for commands that read them in-process. */
@FunctionalInterface
public interface NodeMapping {

    /**
     * Each document as the pipeline makes it, in the same order and with the same line numbers: a {@link
     * ParsedLine.Document} in the login schema, {@link ParsedLine.Skipped} when the pipeline dropped it (not a login),
     * or {@link ParsedLine.Rejected} with the pipeline's error.
     */
    List<ParsedLine> map(String pipeline, List<ParsedLine.Document> documents);
}

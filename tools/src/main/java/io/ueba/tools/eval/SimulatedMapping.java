package io.ueba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.ml.dataset.NodeMapping;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps raw events with the node's own pipeline through {@code _simulate}, which runs it without indexing: what an
 * evaluation reads is what ingest would have made of the same lines. The pipeline's scoring part runs too; what it
 * writes under {@code ueba} is left out, and a document it marked with {@code ueba.error} is a line that cannot be read.
 */
public final class SimulatedMapping implements NodeMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchHttp node;

    private boolean installed;

    public SimulatedMapping(OpenSearchHttp node) {
        this.node = node;
    }

    @Override
    public List<ParsedLine> map(String pipeline, List<ParsedLine.Document> documents) {
        if (installed == false) {
            LoginIndices.install(node);
            installed = true;
        }
        ObjectNode request = JSON.createObjectNode();
        ArrayNode docs = request.putArray("docs");
        try {
            for (ParsedLine.Document document : documents) {
                docs.addObject().set("_source", JSON.readTree(document.json()));
            }
            JsonNode results = node.postOk("/_ingest/pipeline/" + pipeline + "/_simulate", JSON.writeValueAsString(request)).get("docs");
            List<ParsedLine> mapped = new ArrayList<>(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                mapped.add(mapped(pipeline, documents.get(i).line(), results.get(i)));
            }
            return mapped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedLine mapped(String pipeline, long line, JsonNode result) throws IOException {
        if (result == null || result.isNull()) {
            return new ParsedLine.Skipped(line, "dropped by " + pipeline + ": not a login");
        }
        if (result.has("error")) {
            return new ParsedLine.Rejected(line, pipeline + ": " + result.get("error").path("reason").asText(result.get("error").toString()));
        }
        ObjectNode source = (ObjectNode) result.at("/doc/_source");
        JsonNode error = source.at("/ueba/error");
        if (error.isMissingNode() == false) {
            return new ParsedLine.Rejected(line, pipeline + ": " + error.asText());
        }
        source.remove("ueba");
        return new ParsedLine.Document(line, JSON.writeValueAsString(source));
    }
}

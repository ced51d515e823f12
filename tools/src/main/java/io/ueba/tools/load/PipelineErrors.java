package io.ueba.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the documents of a load that the pipeline indexed with {@code ueba.error}. Its on_failure handler writes the
 * failure there and the node still indexes the document, so the bulk response says only that it was created; and
 * {@code _bulk} returns no source for index actions. So the ids the bulk responses gave are kept and, once
 * {@value #CHECK_EVERY} have gathered and at the end of the load, the index is refreshed and searched for those of
 * them that carry the field.
 */
final class PipelineErrors {

    /** A document the pipeline failed on, by its line in the input. */
    record Marked(long line, String error) {}

    /** Ids a search holds: no more than the default {@code index.max_result_window}, so every match comes back. */
    static final int CHECK_EVERY = 10_000;
    private static final String ERROR_FIELD = "ueba.error";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchHttp node;
    private final String index;
    private final Map<String, Long> unchecked = new HashMap<>();

    PipelineErrors(OpenSearchHttp node, String index) {
        this.node = node;
        this.index = index;
    }

    void indexed(String id, long line) {
        unchecked.put(id, line);
    }

    boolean due() {
        return unchecked.size() >= CHECK_EVERY;
    }

    /** Refreshes the index and returns the documents indexed since the last check that carry {@code ueba.error}. */
    List<Marked> check() {
        if (unchecked.isEmpty()) {
            return List.of();
        }
        node.postOk("/" + index + "/_refresh", "");
        List<String> ids = new ArrayList<>(unchecked.keySet());
        List<Marked> marked = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHECK_EVERY) {
            JsonNode reply = node.postOk("/" + index + "/_search", query(ids.subList(from, Math.min(ids.size(), from + CHECK_EVERY))));
            if (reply.at("/_shards/failed").asInt() > 0) {
                throw new IllegalStateException("cannot tell which documents of " + index + " carry " + ERROR_FIELD + ": " + reply.at("/_shards/failures"));
            }
            for (JsonNode hit : reply.at("/hits/hits")) {
                marked.add(new Marked(unchecked.get(hit.get("_id").asText()), hit.at("/_source/ueba/error").asText()));
            }
        }
        unchecked.clear();
        return marked;
    }

    /**
     * The given documents that carry the field. An error longer than the mapping's {@code ignore_above} is not
     * indexed, so {@code exists} misses it; {@code _ignored} names the field then.
     */
    private static String query(List<String> ids) {
        ObjectNode search = JSON.createObjectNode().put("size", ids.size()).put("track_total_hits", false);
        search.putArray("_source").add(ERROR_FIELD);
        ObjectNode bool = search.putObject("query").putObject("bool");
        ArrayNode values = bool.putArray("filter").addObject().putObject("ids").putArray("values");
        ids.forEach(values::add);
        ArrayNode either = bool.putArray("should");
        either.addObject().putObject("exists").put("field", ERROR_FIELD);
        either.addObject().putObject("term").put("_ignored", ERROR_FIELD);
        bool.put("minimum_should_match", 1);
        return search.toString();
    }
}

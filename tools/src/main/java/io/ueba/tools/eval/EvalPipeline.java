package io.ueba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;

/**
 * The pipeline an evaluation indexes through: a copy of the installed login pipeline that scores with the
 * evaluation's own model set, so that evaluating never replaces the models production logins are scored with, and
 * writes every kind's score on every login, so each kind can be measured beside the combined score.
 */
final class EvalPipeline {

    static final String NAME = "ueba-logins-eval";
    static final String MODEL_SET = "ueba-eval";

    private EvalPipeline() {}

    /** Installs the copy, from the login pipeline {@code _setup} installed. */
    static void install(OpenSearchHttp node) {
        ObjectNode copy = node.getOk("/_ingest/pipeline/" + LoginIndices.PIPELINE).get(LoginIndices.PIPELINE).deepCopy();
        for (JsonNode processor : copy.path("processors")) {
            if (processor.get("ueba_login_features") instanceof ObjectNode features) {
                features.put("model_set", MODEL_SET);
            }
            if (processor.get("ueba_login_score") instanceof ObjectNode score) {
                score.put("write_scores", "always");
            }
        }
        OpenSearchHttp.Reply put = node.put("/_ingest/pipeline/" + NAME, copy.toString());
        if (put.ok() == false) {
            throw new IllegalStateException("PUT /_ingest/pipeline/" + NAME + " answered " + put.status() + ": " + put.body());
        }
    }

    /** Creates the index, empty, with the copy as its default pipeline. */
    static void createIndex(OpenSearchHttp node, String index) {
        node.delete("/" + index);
        OpenSearchHttp.Reply created = node.put("/" + index, "{\"settings\": {\"index.default_pipeline\": \"" + NAME + "\"}}");
        if (created.ok() == false) {
            throw new IllegalStateException("PUT /" + index + " answered " + created.status() + ": " + created.body());
        }
    }
}

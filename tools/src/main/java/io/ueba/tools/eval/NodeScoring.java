package io.ueba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.load.BulkLoader;
import io.ueba.tools.load.LoadReport;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates through the product's own path on a running node: the training logins go through the ingest pipeline
 * into {@value #TRAIN_INDEX}, a training job trains the kinds asked for on them, and once the node scores with the new
 * models the held-out logins go through the pipeline into {@value #TEST_INDEX}, scored at ingest exactly as in
 * production. The job publishes to a model set of its own, which only the evaluation's copy of the pipeline scores
 * with ({@link EvalPipeline}), so production scoring is left alone. No label is sent to the node; the scores, the
 * combined one and each kind's, are read back by document id and joined with the labels here. Both indices are left
 * on the node, to look at in Dashboards. With several seeds the training logins are loaded once, and each seed is a
 * job run with that seed whose models score the held-out logins into a fresh test index.
 */
public final class NodeScoring implements LoginScoring {

    static final String TRAIN_INDEX = "logins-eval-train";
    static final String TEST_INDEX = "logins-eval-test";
    static final String JOB = "/_plugins/_ueba/jobs/ueba-eval";
    private static final Duration RUN_TIMEOUT = Duration.ofHours(2);
    private static final Duration MODEL_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;

    private final OpenSearchHttp node;
    private final EvalModels models;

    public NodeScoring(OpenSearchHttp node, EvalModels models) {
        this.node = node;
        this.models = models;
    }

    @Override
    public List<SeededRun> score(List<LoginEvent> train, List<LoginEvent> test, List<Long> seeds, Phases phases) throws Exception {
        LoginIndices.setUp(node, TRAIN_INDEX);
        EvalPipeline.install(node);
        EvalPipeline.createIndex(node, TRAIN_INDEX);
        phases.time("load train", () -> load(TRAIN_INDEX, train));
        List<SeededRun> runs = new ArrayList<>(seeds.size());
        for (long seed : seeds) {
            String modelId = phases.time("train", () -> train(train, seed));
            phases.time("wait for model", () -> waitUntilIngestScoresWith(modelId, test.isEmpty() ? train.getFirst() : test.getFirst()));
            EvalPipeline.createIndex(node, TEST_INDEX);
            phases.time("load and score test", () -> load(TEST_INDEX, test));
            runs.add(new SeededRun(seed, phases.time("join", () -> join(test, modelId))));
        }
        return runs;
    }

    private LoadReport load(String index, List<LoginEvent> logins) {
        Iterator<ParsedLine> lines = new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < logins.size();
            }

            @Override
            public ParsedLine next() {
                LoginEvent login = LoginScoring.unlabelled(logins.get(next));
                return new ParsedLine.Login(next++, login);
            }
        };
        LoadReport report = new BulkLoader(node, index, BATCH).withLineIds().load(lines, () -> -1, null);
        if (report.failed() > 0) {
            throw new IllegalStateException(report.failed() + " logins were refused by " + index + ": " + report.examples());
        }
        return report;
    }

    /** Runs the evaluation job over the training index from scratch with the seed and returns the version it made. */
    private String train(List<LoginEvent> train, long seed) throws Exception {
        Instant oldest = train.stream().map(LoginEvent::timestamp).min(Instant::compareTo).orElseThrow(() -> new IllegalArgumentException("no training logins"));
        long days = Duration.between(oldest, Instant.now()).toDays() + 2;
        node.delete(JOB);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("indices", TRAIN_INDEX);
        job.put("window", days + "d");
        job.put("enabled", false);
        job.put("model_set", EvalPipeline.MODEL_SET);
        job.put("models", models.job(seed));
        OpenSearchHttp.Reply created = node.put(JOB, JSON.writeValueAsString(job));
        if (created.ok() == false) {
            throw new IllegalStateException("PUT " + JOB + " answered " + created.status() + ": " + created.body());
        }
        String runId = node.postOk(JOB + "/_run", "").get("run_id").asText();
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = node.get(JOB).body().path("last_run");
            if (runId.equals(run.path("run_id").asText()) && "running".equals(run.path("state").asText()) == false) {
                if ("succeeded".equals(run.path("state").asText()) == false) {
                    throw new IllegalStateException("training run " + runId + " ended " + run);
                }
                node.delete(JOB);
                return run.path("model_id").asText();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("training run " + runId + " did not end within " + RUN_TIMEOUT);
    }

    /** The node loads a new model off the ingest path: wait until the pipeline scores with it. */
    private Void waitUntilIngestScoresWith(String modelId, LoginEvent sample) throws Exception {
        String doc = JSON.writeValueAsString(Map.of("docs", List.of(Map.of("_source", EcsLoginDocument.toDocument(LoginScoring.unlabelled(sample))))));
        Instant deadline = Instant.now().plus(MODEL_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode simulated = node.postOk("/_ingest/pipeline/" + EvalPipeline.NAME + "/_simulate", doc);
            if (modelId.equals(simulated.at("/docs/0/doc/_source/ueba/model_version").asText())) {
                return null;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the ingest pipeline did not score with model " + modelId + " within " + MODEL_TIMEOUT);
    }

    /** Reads every held-out document's score back by its id (the login's position in the test list). */
    private List<ScoredLogin> join(List<LoginEvent> test, String modelId) {
        ScoredLogin[] scored = new ScoredLogin[test.size()];
        JsonNode page = node.postOk("/" + TEST_INDEX + "/_search?scroll=1m", "{\"size\": 5000, \"sort\": [\"_doc\"], \"_source\": [\"ueba\"]}");
        List<String> scrolls = new ArrayList<>();
        while (page.at("/hits/hits").isEmpty() == false) {
            for (JsonNode hit : page.at("/hits/hits")) {
                int at = Integer.parseInt(hit.get("_id").asText());
                JsonNode ueba = hit.at("/_source/ueba");
                boolean isScored = ueba.has("score") && modelId.equals(ueba.path("model_version").asText());
                List<String> explanation = new ArrayList<>();
                ueba.path("explanation").forEach(reason -> explanation.add(reason.asText()));
                Map<String, Double> kindScores = new TreeMap<>();
                if (isScored) {
                    ueba.path("scores").properties().forEach(kind -> kindScores.put(kind.getKey(), kind.getValue().asDouble()));
                }
                scored[at] = new ScoredLogin(test.get(at), isScored ? ueba.path("score").asDouble() : 0, isScored, explanation, kindScores);
            }
            String scrollId = page.get("_scroll_id").asText();
            scrolls.add(scrollId);
            page = node.postOk("/_search/scroll", "{\"scroll\": \"1m\", \"scroll_id\": \"" + scrollId + "\"}");
        }
        if (scrolls.isEmpty() == false) {
            node.delete("/_search/scroll/" + scrolls.getLast());
        }
        List<ScoredLogin> joined = new ArrayList<>(test.size());
        for (int i = 0; i < scored.length; i++) {
            if (scored[i] == null) {
                throw new IllegalStateException("held-out login " + i + " is not in " + TEST_INDEX);
            }
            joined.add(scored[i]);
        }
        return joined;
    }
}

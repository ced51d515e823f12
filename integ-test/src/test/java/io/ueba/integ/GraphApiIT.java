package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /_plugins/_ueba/graph} on the real node: a small graph of logins whose scores are known (indexed without
 * the pipeline, their {@code ueba} fields as the processors write them) drawn whole and through every filter, then the
 * graph of logins the pipeline scored with both kinds of a trained model set.
 */
class GraphApiIT {

    private static final String GRAPH = "/_plugins/_ueba/graph";
    private static final String INDEX = "logins-graph-it";
    private static final String SCORED_INDEX = "logins-graph-scored-it";
    private static final String JOB = "/_plugins/_ueba/jobs/graph-it";
    private static final String MODEL_SET = "graph-it";

    private final NodeClient node = new NodeClient();
    private final List<String> published = new ArrayList<>();
    private final Instant now = Instant.now();

    @Test
    void theGraphOfKnownLoginsIsDrawnWholeAndThroughEveryFilter() throws Exception {
        indexTheKnownGraph();

        JsonNode whole = graph("");
        assertEquals(4, whole.get("edges_found").asInt(), whole.toString());
        assertTrue(whole.get("complete").asBoolean());
        assertFalse(whole.get("truncated").asBoolean());
        assertEquals("[\"" + INDEX + "\"]", whole.get("indices").toString());
        assertEquals(List.of("10.0.0.9>dc-01", "ws-02>srv-db", "ws-01>dc-01", "ws-02>ws-02"), edges(whole),
            "the most anomalous first, the unscored last; the host WS-01 and ws-01. with two IPs are one entity, as the models see it");

        JsonNode lateral = edge(whole, "10.0.0.9", "dc-01");
        assertEquals("ntlm/network", lateral.get("relation").asText());
        assertEquals(2, lateral.get("count").asInt());
        assertEquals(1, lateral.get("suspicious").asInt());
        assertEquals(1, lateral.get("failed").asInt());
        assertEquals(at(3).toString(), lateral.get("first_seen").asText());
        assertEquals(at(2).toString(), lateral.get("last_seen").asText());
        assertEquals(Map.of("count", 2.0, "min", 0.5, "mean", 1.5, "max", 2.5), stats(lateral.get("score")));
        assertEquals(Map.of("count", 1.0, "min", 2.5, "mean", 2.5, "max", 2.5), stats(lateral.at("/scores/autoencoder")));
        assertEquals(Map.of("count", 1.0, "min", 1.25, "mean", 1.25, "max", 1.25), stats(lateral.at("/scores/rarity")));

        JsonNode usual = edge(whole, "ws-01", "dc-01");
        assertEquals("kerberos/network", usual.get("relation").asText());
        assertEquals(3, usual.get("count").asInt());
        assertEquals(0, usual.get("suspicious").asInt());
        assertEquals(Map.of("count", 3.0, "min", 0.125, "mean", 0.25, "max", 0.375), stats(usual.get("score")));
        assertEquals("{}", usual.get("scores").toString(), "no kind's score is written on a usual login");
        assertTrue(edge(whole, "ws-02", "ws-02").get("score").isNull(), "a login before any model has no score");
        assertEquals("unknown/interactive", edge(whole, "ws-02", "ws-02").get("relation").asText());

        Map<String, JsonNode> nodes = nodes(whole);
        assertEquals(List.of("10.0.0.9", "dc-01", "srv-db", "ws-01", "ws-02"), List.copyOf(nodes.keySet()));
        assertEquals("ip", nodes.get("10.0.0.9").get("kind").asText());
        assertEquals("host", nodes.get("dc-01").get("kind").asText());
        assertEquals(5, nodes.get("dc-01").get("logins_in").asInt());
        assertEquals(0, nodes.get("dc-01").get("logins_out").asInt());
        assertEquals(1, nodes.get("dc-01").get("suspicious").asInt());
        assertEquals(2, nodes.get("ws-02").get("logins_out").asInt());
        assertEquals(1, nodes.get("ws-02").get("logins_in").asInt());
        assertTrue(nodes.get("ws-02").has("risk"));

        assertEquals(List.of("ws-01>dc-01", "10.0.0.9>dc-01", "ws-02>srv-db", "ws-02>ws-02"), edges(graph("&order=count")));
        assertEquals(List.of("10.0.0.9>dc-01", "ws-01>dc-01"), edges(graph("&entity=DC-01.")), "the entity at either end, as the models name it");
        assertEquals(List.of("10.0.0.9>dc-01"), edges(graph("&entity=10.0.0.9")));
        assertEquals(List.of("ws-02>srv-db", "ws-02>ws-02"), edges(graph("&entity=ws-02")));
        assertEquals(List.of("10.0.0.9>dc-01", "ws-02>srv-db"), edges(graph("&relation=NTLM/Network")));
        assertEquals(List.of("ws-02>ws-02"), edges(graph("&relation=unknown/interactive")));
        assertEquals(List.of("10.0.0.9>dc-01"), edges(graph("&relation=ntlm/network&entity=dc-01")));

        JsonNode suspicious = graph("&min_score=1");
        assertEquals(List.of("10.0.0.9>dc-01", "ws-02>srv-db"), edges(suspicious));
        assertEquals(1, edge(suspicious, "10.0.0.9", "dc-01").get("count").asInt(), "only the logins scoring at least min_score are counted");

        JsonNode top = graph("&max_edges=1");
        assertEquals(List.of("10.0.0.9>dc-01"), edges(top));
        assertEquals(4, top.get("edges_found").asInt());
        assertTrue(top.get("truncated").asBoolean());
        assertTrue(top.get("complete").asBoolean());
        assertEquals(List.of("10.0.0.9", "dc-01"), List.copyOf(nodes(top).keySet()), "the nodes of the edges shown");

        assertEquals(5, graph("&from=now-7d").get("edges_found").asInt(), "a week back takes the old login too");
        assertEquals(List.of("ws-03>dc-01"), edges(graph("&from=" + encode(at(24 * 5).toString()) + "&to=now-2d")));
    }

    @Test
    void theGroupsReadAreBoundedAndAnAnswerThatStoppedSaysSo() throws Exception {
        indexTheKnownGraph();
        try {
            setMaxGroups("2");
            JsonNode cut = graph("");
            assertFalse(cut.get("complete").asBoolean(), cut.toString());
            assertTrue(cut.get("truncated").asBoolean());
            assertTrue(cut.get("edges_found").asInt() <= 2, cut.toString());
            setMaxGroups("5");
            JsonNode all = graph("");
            assertTrue(all.get("complete").asBoolean(), "the window holds five groups, ws-01's two spellings apart: " + all);
            assertEquals(4, all.get("edges_found").asInt());
        } finally {
            setMaxGroups(null);
        }
    }

    @Test
    void aBadParameterIsRefusedNamingIt() throws Exception {
        indexTheKnownGraph();
        assertRefused(GRAPH, "[index] is required");
        assertRefused(GRAPH + "?index=.ueba-models", "[index] [.ueba-models] must not name a system or hidden index");
        assertRefused(GRAPH + "?index=logins-graph-it,.ueba-*", "[index] [.ueba-*] must not name a system or hidden index");
        assertRefused(GRAPH + "?index=logins-graph-missing-it", "[index] [logins-graph-missing-it] matches no index");
        assertRefused(GRAPH + "?index=" + INDEX + "&max_edges=0", "[max_edges] must be between 1 and 5000, got [0]");
        assertRefused(GRAPH + "?index=" + INDEX + "&max_edges=5001", "[max_edges] must be between 1 and 5000, got [5001]");
        assertRefused(GRAPH + "?index=" + INDEX + "&max_edges=many", "[max_edges] is not a whole number: [many]");
        assertRefused(GRAPH + "?index=" + INDEX + "&min_score=-1", "[min_score] must be a number of at least 0, got [-1.0]");
        assertRefused(GRAPH + "?index=" + INDEX + "&min_score=high", "[min_score] is not a number: [high]");
        assertRefused(GRAPH + "?index=" + INDEX + "&order=time", "[order] must be score or count, got [time]");
        assertRefused(GRAPH + "?index=" + INDEX + "&from=yesterday", "[from] is not a date or date math like now-7d: [yesterday]");
        assertRefused(GRAPH + "?index=" + INDEX + "&from=now&to=now-1d", "[from] must be before [to]");
        assertRefused(GRAPH + "?index=" + INDEX + "&relation=ntlm", "[relation] must be an auth package and a logon type, like ntlm/network");
        assertRefused(GRAPH + "?index=" + INDEX + "&entity=%20", "[entity] must not be blank");
        assertRefused(GRAPH + "?index=" + INDEX + "&colour=red", "unrecognized parameter: [colour]");
    }

    @Test
    void theGraphOfLoginsScoredByBothKindsShowsEachKindsScoreOnTheSuspiciousEdge() throws Exception {
        node.emptyLoginIndexWithFeaturesOption(SCORED_INDEX, "ueba-logins-graph-it", "model_set", MODEL_SET);
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> logins = new DemoLoginGenerator(DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0))
            .stream().toList();
        node.indexLogins(SCORED_INDEX, logins);
        assertEquals(201, node.put(JOB, """
            {"indices": "%s", "window": "30d", "enabled": false, "model_set": "%s",
             "models": [{"type": "autoencoder", "epochs": 2}, {"type": "rarity"}]}""".formatted(SCORED_INDEX, MODEL_SET)).status());
        String runId = node.runJobToSuccess(JOB);
        published.add(runId);
        node.waitForModelSet(MODEL_SET, "profile", runId);

        String odd = """
            {"@timestamp": "%s", "user": {"name": "%s"}, "source": {"ip": "203.0.113.9", "address": "DESKTOP-NEW1234",
             "geo": {"country_iso_code": "RU"}}, "destination": {"address": "DC-01"}, "event": {"outcome": "success"},
             "login": {"auth_package": "NTLM", "logon_type": "Network"}}""".formatted(now.minus(1, ChronoUnit.HOURS), logins.getLast().user());
        NodeClient.Reply indexed = node.post("/" + SCORED_INDEX + "/_doc?refresh=true", odd);
        assertEquals(201, indexed.status(), indexed.body().toString());

        JsonNode graph = node.get(GRAPH + "?index=" + SCORED_INDEX + "&from=now-2d&entity=desktop-new1234").body();
        assertEquals(List.of("desktop-new1234>dc-01"), edges(graph), graph.toString());
        JsonNode edge = graph.at("/edges/0");
        assertEquals("ntlm/network", edge.get("relation").asText());
        assertEquals(1, edge.get("suspicious").asInt(), edge.toString());
        assertTrue(edge.at("/score/max").asDouble() >= 1, edge.toString());
        assertEquals(1, edge.at("/scores/autoencoder/count").asInt(), "a suspicious login carries each kind's score: " + edge);
        assertEquals(1, edge.at("/scores/rarity/count").asInt(), edge.toString());
        assertTrue(Math.max(edge.at("/scores/autoencoder/max").asDouble(), edge.at("/scores/rarity/max").asDouble()) >= 1,
            "a suspicious login has a kind past its threshold: " + edge);

        JsonNode week = node.get(GRAPH + "?index=" + SCORED_INDEX + "&from=now-10d&order=count&max_edges=5000").body();
        assertTrue(week.get("complete").asBoolean(), week.toString());
        long logged = 0;
        for (JsonNode each : week.get("edges")) {
            logged += each.get("count").asLong();
        }
        assertEquals(logins.size() + 1, logged, "every login is on one edge");
    }

    /**
     * The known graph: ws-01 to dc-01 three times (the host written two ways, from two IPs), 10.0.0.9 to dc-01 twice
     * by NTLM (one suspicious, one failed; the destination in host.name), ws-02 to srv-db once (suspicious), ws-02 to
     * itself once before any model, and ws-03 to dc-01 five days ago.
     */
    private void indexTheKnownGraph() throws Exception {
        node.emptyLoginIndex(INDEX);
        NodeClient.Reply created = node.put("/" + INDEX, "{\"settings\": {\"index.default_pipeline\": \"_none\"}}");
        assertEquals(200, created.status(), created.body().toString());
        StringBuilder bulk = new StringBuilder();
        for (String login : List.of(
            login(5, "\"source\": {\"address\": \"WS-01\", \"ip\": \"10.0.0.1\"}, \"destination\": {\"address\": \"DC-01\"}", "Kerberos", "Network",
                "success", "\"score\": 0.125, \"suspicious\": false"),
            login(4, "\"source\": {\"address\": \"ws-01.\", \"ip\": \"10.0.0.2\"}, \"destination\": {\"address\": \"dc-01\"}", "kerberos", "network",
                "success", "\"score\": 0.25, \"suspicious\": false"),
            login(1, "\"source\": {\"address\": \"WS-01\", \"ip\": \"10.0.0.1\"}, \"destination\": {\"address\": \"DC-01\"}", "Kerberos", "Network",
                "success", "\"score\": 0.375, \"suspicious\": false"),
            login(3, "\"source\": {\"ip\": \"10.0.0.9\"}, \"host\": {\"name\": \"DC-01\"}", "NTLM", "Network", "success",
                "\"score\": 2.5, \"suspicious\": true, \"scores\": {\"autoencoder\": 2.5, \"rarity\": 1.25}"),
            login(2, "\"source\": {\"ip\": \"10.0.0.9\"}, \"host\": {\"name\": \"DC-01\"}", "NTLM", "Network", "FAILED",
                "\"score\": 0.5, \"suspicious\": false"),
            login(2, "\"source\": {\"address\": \"WS-02\"}, \"destination\": {\"address\": \"SRV-DB\"}", "NTLM", "Network", "success",
                "\"score\": 1.5, \"suspicious\": true, \"scores\": {\"rarity\": 1.5}"),
            login(6, "\"source\": {\"address\": \"WS-02\"}, \"destination\": {\"address\": \"WS-02\"}", null, "Interactive", "success",
                "\"status\": \"no_model\""),
            login(24 * 5, "\"source\": {\"address\": \"WS-03\"}, \"destination\": {\"address\": \"DC-01\"}", "Kerberos", "Network", "success",
                "\"score\": 0.1, \"suspicious\": false")
        )) {
            bulk.append("{\"index\": {}}\n").append(login).append('\n');
        }
        NodeClient.Reply reply = node.post("/" + INDEX + "/_bulk?refresh=true", bulk.toString());
        assertEquals(200, reply.status(), reply.body().toString());
        assertFalse(reply.body().get("errors").asBoolean(), reply.body().toString());
    }

    private String login(int hoursAgo, String endpoints, String authPackage, String logonType, String outcome, String ueba) {
        String login = authPackage == null ? "\"logon_type\": \"" + logonType + "\""
            : "\"auth_package\": \"" + authPackage + "\", \"logon_type\": \"" + logonType + "\"";
        return "{\"@timestamp\": \"" + at(hoursAgo) + "\", \"user\": {\"name\": \"alice\"}, " + endpoints + ", \"event\": {\"outcome\": \""
            + outcome + "\"}, \"login\": {" + login + "}, \"ueba\": {" + ueba + "}}";
    }

    /** Whole milliseconds, as the index keeps a date. */
    private Instant at(int hoursAgo) {
        return now.truncatedTo(ChronoUnit.MILLIS).minus(hoursAgo, ChronoUnit.HOURS);
    }

    private JsonNode graph(String parameters) throws Exception {
        NodeClient.Reply reply = node.get(GRAPH + "?index=" + INDEX + parameters);
        assertEquals(200, reply.status(), reply.body().toString());
        return reply.body();
    }

    private static List<String> edges(JsonNode graph) {
        List<String> edges = new ArrayList<>();
        graph.get("edges").forEach(edge -> edges.add(edge.get("source").asText() + ">" + edge.get("target").asText()));
        return edges;
    }

    private static JsonNode edge(JsonNode graph, String source, String target) {
        for (JsonNode edge : graph.get("edges")) {
            if (edge.get("source").asText().equals(source) && edge.get("target").asText().equals(target)) {
                return edge;
            }
        }
        throw new AssertionError("no edge " + source + " > " + target + " in " + graph);
    }

    private static Map<String, JsonNode> nodes(JsonNode graph) {
        Map<String, JsonNode> nodes = new TreeMap<>();
        graph.get("nodes").forEach(node -> nodes.put(node.get("id").asText(), node));
        return nodes;
    }

    private static Map<String, Double> stats(JsonNode stats) {
        Map<String, Double> values = new TreeMap<>();
        stats.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asDouble()));
        return values;
    }

    private void assertRefused(String path, String message) throws Exception {
        NodeClient.Reply reply = node.get(path);
        assertEquals(400, reply.status(), path + ": " + reply.body());
        assertTrue(reply.body().toString().contains(message), path + ": " + reply.body());
    }

    private void setMaxGroups(String value) throws Exception {
        String setting = value == null ? "null" : "\"" + value + "\"";
        NodeClient.Reply reply = node.put("/_cluster/settings", "{\"transient\": {\"plugins.ueba.graph.max_groups\": " + setting + "}}");
        assertEquals(200, reply.status(), reply.body().toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }


    @AfterEach
    void deleteWhatTheTestsMade() throws Exception {
        node.delete("/" + INDEX);
        node.delete("/" + SCORED_INDEX);
        node.deleteJobAndModelSet(JOB, MODEL_SET, published);
    }
}

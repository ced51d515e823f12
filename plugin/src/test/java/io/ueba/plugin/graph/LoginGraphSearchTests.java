package io.ueba.plugin.graph;

import io.ueba.action.GraphRequest;
import io.ueba.ml.graph.GraphOrder;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class LoginGraphSearchTests extends OpenSearchTestCase {

    private static final Instant FROM = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

    private final LoginGraphSearch search = new LoginGraphSearch(null, List.of("autoencoder", "rarity"));

    private static GraphRequest request(String entity, double minScore, String relation) {
        return new GraphRequest("logins-vpn,logins-ad", entity, FROM, TO, minScore, relation, null, 500, GraphOrder.SCORE);
    }

    public void testEveryLoginOfTheWindowIsReadWithoutFilters() throws IOException {
        String query = json(LoginGraphSearch.query(request(null, 0, null)));
        assertTrue(query, query.contains("\"@timestamp\":{\"from\":1795305600000,\"to\":1795910400000,\"include_lower\":true,\"include_upper\":false"));
        assertFalse("min_score 0 takes unscored logins too: " + query, query.contains("ueba.score"));
    }

    public void testAMinimumScoreTakesOnlyTheLoginsScoredAtLeastThat() throws IOException {
        String query = json(LoginGraphSearch.query(request(null, 1.5, null)));
        assertTrue(query, query.contains("\"ueba.score\":{\"from\":1.5,\"to\":null,\"include_lower\":true"));
    }

    public void testAnEntityIsLookedForAtEitherEndInAnyCase() throws IOException {
        String host = json(LoginGraphSearch.query(request("DC-01.", 0, null)));
        for (String field : List.of("source.address", "destination.address", "host.name")) {
            assertTrue(host, host.contains("{\"term\":{\"" + field + "\":{\"value\":\"dc-01\",\"case_insensitive\":true"));
            assertTrue(host, host.contains("{\"term\":{\"" + field + "\":{\"value\":\"dc-01.\",\"case_insensitive\":true"));
        }
        assertFalse("a host name is no address: " + host, host.contains("source.ip"));
        String ip = json(LoginGraphSearch.query(request("10.0.0.5", 0, null)));
        assertTrue(ip, ip.contains("{\"term\":{\"source.ip\":{\"value\":\"10.0.0.5\""));
        assertTrue(ip, ip.contains("{\"term\":{\"destination.ip\":{\"value\":\"10.0.0.5\""));
        assertFalse("an unknown end has no field to look in: the graph keeps its edges", json(LoginGraphSearch.query(request("unknown", 0,
            null))).contains("should"));
    }

    public void testARelationIsLookedForByItsTwoSides() throws IOException {
        String both = json(LoginGraphSearch.query(request(null, 0, "NTLM/Network")));
        assertTrue(both, both.contains("{\"term\":{\"login.auth_package\":{\"value\":\"ntlm\",\"case_insensitive\":true"));
        assertTrue(both, both.contains("{\"term\":{\"login.logon_type\":{\"value\":\"network\",\"case_insensitive\":true"));
        String unknownSide = json(LoginGraphSearch.query(request(null, 0, "/web")));
        assertFalse(unknownSide, unknownSide.contains("login.auth_package"));
        assertTrue(unknownSide, unknownSide.contains("login.logon_type"));
    }

    public void testTheSearchGroupsOnTheRawFieldsAndSumsUpEachKind() throws IOException {
        SearchRequest first = search.searchRequest(List.of("logins-vpn", "logins-ad"), request(null, 0, null), null, 1000);
        assertArrayEquals(new String[] { "logins-vpn", "logins-ad" }, first.indices());
        assertFalse(first.allowPartialSearchResults());
        assertEquals(0, first.source().size());
        String source = json(first.source());
        for (String field : List.of("source.address", "source.ip", "destination.address", "host.name", "destination.ip", "login.auth_package",
            "login.logon_type")) {
            assertTrue(source, source.contains("\"field\":\"" + field + "\",\"missing_bucket\":true"));
        }
        assertTrue(source, source.contains("\"kind_autoencoder\":{\"stats\":{\"field\":\"ueba.scores.autoencoder\""));
        assertTrue(source, source.contains("\"kind_rarity\":{\"stats\":{\"field\":\"ueba.scores.rarity\""));
        assertTrue(source, source.contains("\"size\":1000"));
        assertFalse(source, source.contains("relation_field"));
        GraphRequest bySshClient = new GraphRequest("logins-ssh", null, FROM, TO, 0, null, "ssh.client", 500, GraphOrder.SCORE);
        String withField = json(search.searchRequest(List.of("logins-ssh"), bySshClient, null, 1000).source());
        assertTrue(withField, withField.contains("\"relation_field\":{\"terms\":{\"field\":\"ssh.client\",\"missing_bucket\":true"));
        String next = json(search.searchRequest(List.of("logins-vpn"), request(null, 0, null), Map.of("source_host", "ws-01"), 7).source());
        assertTrue(next, next.contains("\"after\":{\"source_host\":\"ws-01\"}"));
        assertTrue(next, next.contains("\"size\":7"));
    }

    private static String json(ToXContent content) throws IOException {
        BytesReference bytes = BytesReference.bytes(content.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToJson(bytes, false, MediaTypeRegistry.JSON);
    }
}

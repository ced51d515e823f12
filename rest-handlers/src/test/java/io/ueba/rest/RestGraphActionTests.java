package io.ueba.rest;

import io.ueba.action.GraphAction;
import io.ueba.action.GraphRequest;
import io.ueba.action.GraphResponse;
import io.ueba.ml.graph.GraphOrder;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.RestRequest;
import org.opensearch.test.rest.FakeRestChannel;
import org.opensearch.test.rest.FakeRestRequest;
import org.opensearch.test.rest.RestActionTestCase;
import org.junit.Before;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

public class RestGraphActionTests extends RestActionTestCase {

    private final AtomicReference<GraphRequest> seen = new AtomicReference<>();

    @Before
    public void registerHandler() {
        controller().registerHandler(new RestGraphAction());
        verifyingClient.setExecuteVerifier((action, request) -> {
            assertSame(GraphAction.INSTANCE, action);
            seen.set((GraphRequest) request);
            return new GraphResponse(1, List.of(), Instant.EPOCH, Instant.EPOCH.plusSeconds(1), GraphOrder.SCORE, 0, true, List.of(), List.of());
        });
    }

    public void testEveryParameterIsHandedOver() {
        FakeRestChannel channel = dispatch(Map.of("index", "logins-vpn", "entity", "DC-01", "from", "2026-11-01T00:00:00Z", "to",
            "2026-11-08", "min_score", "1.5", "relation", "ntlm/network", "relation_field", "ssh.client", "max_edges", "20", "order", "count"));
        assertEquals(RestStatus.OK, channel.capturedResponse().status());
        GraphRequest request = seen.get();
        assertEquals("logins-vpn", request.index());
        assertEquals("DC-01", request.entity());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), request.from());
        assertEquals(Instant.parse("2026-11-08T00:00:00Z"), request.to());
        assertEquals(1.5, request.minScore(), 0);
        assertEquals("ntlm/network", request.relation());
        assertEquals("ssh.client", request.relationField());
        assertEquals(20, request.maxEdges());
        assertEquals(GraphOrder.COUNT, request.order());
    }

    public void testTheDefaultsAreTheLastDayTheFirst500EdgesByScoreOfEveryLogin() {
        Instant before = Instant.now();
        dispatch(Map.of("index", "logins-*"));
        GraphRequest request = seen.get();
        assertNull(request.entity());
        assertNull(request.relation());
        assertNull(request.relationField());
        assertEquals(0, request.minScore(), 0);
        assertEquals(500, request.maxEdges());
        assertEquals(GraphOrder.SCORE, request.order());
        assertEquals(Duration.ofHours(24), Duration.between(request.from(), request.to()));
        assertFalse(request.to().isBefore(before.minusSeconds(1)));
    }

    public void testDateMathIsReadInUtc() {
        dispatch(Map.of("index", "logins-*", "from", "2026-11-08||-7d", "to", "2026-11-08||/d"));
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), seen.get().from());
        assertEquals(Instant.parse("2026-11-08T00:00:00Z"), seen.get().to());
    }

    public void testABadFromIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "from", "last tuesday"), "[from] is not a date or date math like now-7d: [last tuesday]");
    }

    public void testABadToIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "to", "now-"), "[to] is not a date or date math like now-7d: [now-]");
    }

    public void testABadMinimumScoreIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "min_score", "high"), "[min_score] is not a number: [high]");
    }

    public void testABadMaximumOfEdgesIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "max_edges", "1.5"), "[max_edges] is not a whole number: [1.5]");
    }

    public void testABadOrderIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "order", "time"), "[order] must be score or count, got [time]");
    }

    public void testAnUnknownParameterIsABadRequestNamingIt() {
        assertRefused(Map.of("index", "logins-*", "colour", "red"), "unrecognized parameter: [colour]");
    }

    private void assertRefused(Map<String, String> params, String message) {
        seen.set(null);
        FakeRestChannel channel = dispatch(params);
        assertEquals(RestStatus.BAD_REQUEST, channel.capturedResponse().status());
        String body = channel.capturedResponse().content().utf8ToString();
        assertTrue(body, body.contains(message));
        assertNull("nothing is handed over", seen.get());
    }

    private FakeRestChannel dispatch(Map<String, String> params) {
        RestRequest request = new FakeRestRequest.Builder(xContentRegistry()).withMethod(RestRequest.Method.GET)
            .withPath(UebaRestPaths.GRAPH)
            .withParams(new HashMap<>(params))
            .build();
        FakeRestChannel channel = new FakeRestChannel(request, true, 1);
        controller().dispatchRequest(request, channel, new ThreadContext(Settings.EMPTY));
        return channel;
    }
}

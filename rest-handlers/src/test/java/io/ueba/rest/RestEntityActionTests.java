package io.ueba.rest;

import io.ueba.action.EntityAction;
import io.ueba.action.EntityRequest;
import io.ueba.action.EntityResponse;
import io.ueba.ml.profile.BoundedList;
import io.ueba.ml.profile.EntityKind;
import io.ueba.ml.profile.UserView;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.RestRequest;
import org.opensearch.test.rest.FakeRestChannel;
import org.opensearch.test.rest.FakeRestRequest;
import org.opensearch.test.rest.RestActionTestCase;
import org.junit.Before;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

public class RestEntityActionTests extends RestActionTestCase {

    private final AtomicReference<EntityRequest> seen = new AtomicReference<>();

    @Before
    public void registerHandler() {
        controller().registerHandler(new RestEntityAction());
        verifyingClient.setExecuteVerifier((action, request) -> {
            assertSame(EntityAction.INSTANCE, action);
            seen.set((EntityRequest) request);
            return new EntityResponse("default", null, new UserView("alice", false, BoundedList.EMPTY, BoundedList.EMPTY, List.of(), 0));
        });
    }

    public void testEveryParameterIsHandedOver() {
        FakeRestChannel channel = dispatch("host/WS-0233", Map.of("model_set", "vpn", "size", "5"));
        assertEquals(RestStatus.OK, channel.capturedResponse().status());
        EntityRequest request = seen.get();
        assertEquals(EntityKind.HOST, request.kind());
        assertEquals("WS-0233", request.name());
        assertEquals("vpn", request.modelSet());
        assertEquals(5, request.size());
    }

    public void testTheDefaultsAreTheDefaultSetAndTwentyValuesAList() {
        dispatch("user/CORP%5CAlice", Map.of());
        EntityRequest request = seen.get();
        assertEquals(EntityKind.USER, request.kind());
        assertEquals("the path is decoded", "CORP\\Alice", request.name());
        assertEquals("alice", request.entity());
        assertEquals("default", request.modelSet());
        assertEquals(20, request.size());
    }

    public void testABadKindIsABadRequestNamingIt() {
        assertRefused("account/alice", Map.of(), "[kind] must be user, host or ip, got [account]");
    }

    public void testABadSizeIsABadRequestNamingIt() {
        assertRefused("user/alice", Map.of("size", "all"), "[size] is not a whole number: [all]");
    }

    public void testAnUnknownParameterIsABadRequestNamingIt() {
        assertRefused("user/alice", Map.of("from", "now-7d"), "unrecognized parameter: [from]");
    }

    private void assertRefused(String kindAndName, Map<String, String> params, String message) {
        seen.set(null);
        FakeRestChannel channel = dispatch(kindAndName, params);
        assertEquals(RestStatus.BAD_REQUEST, channel.capturedResponse().status());
        String body = channel.capturedResponse().content().utf8ToString();
        assertTrue(body, body.contains(message));
        assertNull("nothing is handed over", seen.get());
    }

    private FakeRestChannel dispatch(String kindAndName, Map<String, String> params) {
        RestRequest request = new FakeRestRequest.Builder(xContentRegistry()).withMethod(RestRequest.Method.GET)
            .withPath(UebaRestPaths.ENTITIES + "/" + kindAndName)
            .withParams(new HashMap<>(params))
            .build();
        FakeRestChannel channel = new FakeRestChannel(request, true, 1);
        controller().dispatchRequest(request, channel, new ThreadContext(Settings.EMPTY));
        return channel;
    }
}

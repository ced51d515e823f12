package io.ueba.rest;

import io.ueba.action.JobAction;
import io.ueba.action.JobConfig;
import io.ueba.action.JobRequest;
import io.ueba.action.JobResponse;
import io.ueba.action.JobView;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.RestRequest;
import org.opensearch.test.rest.FakeRestChannel;
import org.opensearch.test.rest.FakeRestRequest;
import org.opensearch.test.rest.RestActionTestCase;
import org.junit.Before;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

public class RestJobActionTests extends RestActionTestCase {

    @Before
    public void registerHandler() {
        controller().registerHandler(new RestJobAction());
    }

    public void testAnUpdateHandsOverTheChangesAsWritten() {
        AtomicReference<JobRequest> seen = new AtomicReference<>();
        verifyingClient.setExecuteVerifier((action, request) -> {
            assertSame(JobAction.INSTANCE, action);
            seen.set((JobRequest) request);
            return new JobResponse(new JobResponse.Stored(new JobView("nightly", JobConfig.DEFAULTS, null, Instant.EPOCH, null), false));
        });
        FakeRestChannel channel = dispatch(UebaRestPaths.JOBS + "/nightly/_update", "{\"window\": \"7d\", \"model\": {\"hidden\": 48}}");
        assertEquals(RestStatus.OK, channel.capturedResponse().status());
        assertEquals(JobRequest.Operation.UPDATE, seen.get().operation());
        assertEquals("nightly", seen.get().jobId());
        assertEquals(Map.of("window", "7d", "model", Map.of("hidden", 48)), seen.get().update().changes());
    }

    public void testAnUpdateWithoutABodyIsABadRequest() {
        FakeRestChannel channel = dispatch(UebaRestPaths.JOBS + "/nightly/_update", null);
        assertEquals(RestStatus.BAD_REQUEST, channel.capturedResponse().status());
        String body = channel.capturedResponse().content().utf8ToString();
        assertTrue(body, body.contains("[body]"));
    }

    public void testARunIsStillARun() {
        AtomicReference<JobRequest> seen = new AtomicReference<>();
        verifyingClient.setExecuteVerifier((action, request) -> {
            seen.set((JobRequest) request);
            return new JobResponse(new JobResponse.RunStarted("nightly", "run-1"));
        });
        FakeRestChannel channel = dispatch(UebaRestPaths.JOBS + "/nightly/_run", null);
        assertEquals(JobRequest.Operation.RUN, seen.get().operation());
        assertEquals(RestStatus.ACCEPTED, channel.capturedResponse().status());
        String body = channel.capturedResponse().content().utf8ToString();
        assertTrue(body, body.contains("\"run_id\":\"run-1\""));
    }

    private FakeRestChannel dispatch(String path, String body) {
        FakeRestRequest.Builder builder = new FakeRestRequest.Builder(xContentRegistry()).withMethod(RestRequest.Method.POST).withPath(path);
        if (body != null) {
            builder.withContent(new BytesArray(body), XContentType.JSON);
        }
        RestRequest request = builder.build();
        FakeRestChannel channel = new FakeRestChannel(request, true, 1);
        controller().dispatchRequest(request, channel, new ThreadContext(Settings.EMPTY));
        return channel;
    }
}

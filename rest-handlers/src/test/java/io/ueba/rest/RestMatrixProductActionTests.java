package io.ueba.rest;

import io.ueba.action.MatrixProductAction;
import io.ueba.action.MatrixProductRequest;
import io.ueba.action.MatrixProductResponse;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.RestRequest;
import org.opensearch.test.rest.FakeRestChannel;
import org.opensearch.test.rest.FakeRestRequest;
import org.opensearch.test.rest.RestActionTestCase;
import org.junit.Before;

import java.util.concurrent.atomic.AtomicReference;

public class RestMatrixProductActionTests extends RestActionTestCase {

    @Before
    public void registerHandler() {
        controller().registerHandler(new RestMatrixProductAction());
    }

    public void testValidBodyReachesTheActionAsMatrices() {
        AtomicReference<MatrixProductRequest> seen = new AtomicReference<>();
        verifyingClient.setExecuteVerifier((action, request) -> {
            assertSame(MatrixProductAction.INSTANCE, action);
            seen.set((MatrixProductRequest) request);
            return new MatrixProductResponse(new float[][] { { 0 } }, "cpu()", "2.7.1");
        });
        FakeRestChannel channel = dispatch("{\"left\": [[1, 2.5]], \"right\": [[3], [4]]}");
        assertEquals(RestStatus.OK, channel.capturedResponse().status());
        assertArrayEquals(new float[] { 1f, 2.5f }, seen.get().left()[0], 0f);
        assertEquals(2, seen.get().right().length);
    }

    public void testNonNumberIsRejectedNamingItsPosition() {
        FakeRestChannel channel = dispatch("{\"left\": [[1, \"x\"]], \"right\": [[3], [4]]}");
        assertBadRequest(channel, "[left][0][1] must be a number");
    }

    public void testMissingMatrixIsRejectedNamingIt() {
        assertBadRequest(dispatch("{\"left\": [[1]]}"), "[right] is required");
    }

    public void testUnknownFieldIsRejectedNamingIt() {
        assertBadRequest(dispatch("{\"left\": [[1]], \"right\": [[1]], \"middle\": 1}"), "unknown field [middle]");
    }

    private FakeRestChannel dispatch(String body) {
        RestRequest request = new FakeRestRequest.Builder(xContentRegistry()).withMethod(RestRequest.Method.POST)
            .withPath(UebaRestPaths.DIAGNOSTICS + "/matmul")
            .withContent(new BytesArray(body), XContentType.JSON)
            .build();
        FakeRestChannel channel = new FakeRestChannel(request, true, 1);
        controller().dispatchRequest(request, channel, new ThreadContext(org.opensearch.common.settings.Settings.EMPTY));
        return channel;
    }

    private static void assertBadRequest(FakeRestChannel channel, String expectedMessage) {
        assertEquals(RestStatus.BAD_REQUEST, channel.capturedResponse().status());
        String body = channel.capturedResponse().content().utf8ToString();
        assertTrue(body, body.contains(expectedMessage));
    }
}

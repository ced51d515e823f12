package io.ueba.action;

import io.ueba.ml.profile.EntityKind;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.List;

public class EntityRequestTests extends OpenSearchTestCase {

    private static EntityRequest request(EntityKind kind, String name, String modelSet, int size) {
        return new EntityRequest(kind, name, modelSet, size);
    }

    private static EntityRequest user(String name) {
        return request(EntityKind.USER, name, "default", 20);
    }

    public void testAFullRequestIsValid() {
        assertNull(request(EntityKind.USER, "CORP\\Alice", "vpn", 1).validate());
        assertNull(request(EntityKind.HOST, "WS-0233.corp.", "default", 100).validate());
        assertNull(request(EntityKind.IP, " 2001:db8::1 ", "default", 20).validate());
    }

    public void testTheEntityIsNamedAsTheModelsNameIt() {
        assertEquals("alice", user("CORP\\Alice").entity());
        assertEquals("ws-0233.corp", request(EntityKind.HOST, "WS-0233.corp.", "default", 20).entity());
        assertEquals("10.1.2.33", request(EntityKind.IP, " 10.1.2.33", "default", 20).entity());
    }

    public void testTheKindIsRequired() {
        assertOnlyError(request(null, "alice", "default", 20), "[kind] must be user, host or ip");
    }

    public void testTheNameMayNotBeEmptyOrLongerThanANameTheModelsKeep() {
        assertOnlyError(user(null), "[name] must not be empty");
        assertOnlyError(user(" "), "[name] must not be empty");
        assertOnlyError(user("x".repeat(1025)), "[name] must be at most 1024 characters, got 1025");
        assertNull(user("x".repeat(1024)).validate());
    }

    public void testANameTheModelsWouldMakeEmptyIsRefused() {
        assertOnlyError(user("CORP\\"), "[name] [CORP\\] is empty as the models name a user");
        assertOnlyError(request(EntityKind.HOST, ".", "default", 20), "[name] [.] is empty as the models name a host");
    }

    public void testAnIpIsAnAddress() {
        assertOnlyError(request(EntityKind.IP, "ws-0233", "default", 20), "[name] [ws-0233] is not an IP address");
        assertOnlyError(request(EntityKind.IP, "10.1.2.256", "default", 20), "[name] [10.1.2.256] is not an IP address");
    }

    public void testTheModelSetIsANameAsElsewhere() {
        assertOnlyError(request(EntityKind.USER, "alice", "VPN", 20), "[model_set] [VPN] must be lowercase");
        assertOnlyError(request(EntityKind.USER, "alice", "", 20), "[model_set] must not be empty");
        assertOnlyError(request(EntityKind.USER, "alice", "_all", 20), "[model_set] [_all] must not start with '_', '-' or '+'");
    }

    public void testTheListsAreBounded() {
        assertOnlyError(request(EntityKind.USER, "alice", "default", 0), "[size] must be between 1 and 100, got [0]");
        assertOnlyError(request(EntityKind.USER, "alice", "default", 101), "[size] must be between 1 and 100, got [101]");
    }

    public void testEveryBadParameterIsNamed() {
        ActionRequestValidationException errors = request(null, "", "a/b", -1).validate();
        List<String> named = errors.validationErrors().stream().map(error -> error.substring(0, error.indexOf(']') + 1)).toList();
        assertEquals(List.of("[kind]", "[name]", "[model_set]", "[size]"), named);
    }

    public void testSurvivesTheTransportWire() throws IOException {
        EntityRequest original = request(EntityKind.HOST, "WS-0233", "vpn", 7);
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            EntityRequest read = new EntityRequest(in);
            assertEquals(EntityKind.HOST, read.kind());
            assertEquals("WS-0233", read.name());
            assertEquals("ws-0233", read.entity());
            assertEquals("vpn", read.modelSet());
            assertEquals(7, read.size());
        }
    }

    private static void assertOnlyError(EntityRequest request, String message) {
        ActionRequestValidationException errors = request.validate();
        assertNotNull("expected: " + message, errors);
        assertEquals(List.of(message), errors.validationErrors());
    }
}

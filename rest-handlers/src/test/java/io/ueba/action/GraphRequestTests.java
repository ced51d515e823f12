package io.ueba.action;

import io.ueba.ml.graph.GraphOrder;
import org.opensearch.action.ActionRequestValidationException;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

public class GraphRequestTests extends OpenSearchTestCase {

    private static final Instant FROM = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

    private static GraphRequest request(String index, String entity, Instant from, Instant to, double minScore, String relation,
        int maxEdges) {
        return new GraphRequest(index, entity, from, to, minScore, relation, null, maxEdges, GraphOrder.SCORE);
    }

    private static GraphRequest withIndex(String index) {
        return request(index, null, FROM, TO, 0, null, 500);
    }

    public void testAFullRequestIsValid() {
        assertNull(request("logins-vpn,logins-ad*", "DC-01", FROM, TO, 1.5, "NTLM/Network", 5000).validate());
        assertNull(request("logins-*", null, FROM, TO, 0, null, 1).validate());
        assertNull("a part that takes indices out may name any", withIndex("logins-*,-.hidden-logins").validate());
    }

    public void testTheIndexIsRequired() {
        assertOnlyError(withIndex(null), "[index] is required: the login indices to draw the graph from, like logins-*");
        assertOnlyError(withIndex(" "), "[index] is required: the login indices to draw the graph from, like logins-*");
        assertOnlyError(withIndex("logins-vpn,,logins-ad"), "[index] [logins-vpn,,logins-ad] has an empty part");
    }

    public void testNoSystemOrHiddenIndexMayBeNamed() {
        assertOnlyError(withIndex(".ueba-models"), "[index] [.ueba-models] must not name a system or hidden index (a name starting with '.')");
        assertOnlyError(withIndex("logins-*,.security*"), "[index] [.security*] must not name a system or hidden index (a name starting with '.')");
    }

    public void testTheEntityMayNotBeBlankOrLongerThanANameTheModelsKeep() {
        assertOnlyError(request("logins-*", " ", FROM, TO, 0, null, 500), "[entity] must not be blank");
        assertOnlyError(request("logins-*", "x".repeat(1025), FROM, TO, 0, null, 500), "[entity] must be at most 1024 characters, got 1025");
    }

    public void testTheRelationIsAnAuthPackageAndALogonType() {
        assertNull(request("logins-*", null, FROM, TO, 0, "/network", 500).validate());
        assertOnlyError(request("logins-*", null, FROM, TO, 0, "ntlm", 500),
            "[relation] must be an auth package and a logon type, like ntlm/network, got [ntlm]");
    }

    public void testTheRelationFieldIsAFieldsPath() {
        GraphRequest bySshClient = new GraphRequest("logins-*", null, FROM, TO, 0, null, "ssh.client", 500, GraphOrder.SCORE);
        assertNull(bySshClient.validate());
        GraphRequest spaced = new GraphRequest("logins-*", null, FROM, TO, 0, null, "ssh client", 500, GraphOrder.SCORE);
        assertOnlyError(spaced, "[relation_field] must be a field's path: names of letters, digits, '_', '-' or '@' joined by dots, at most 256 "
            + "characters, got [ssh client]");
    }

    public void testTheWindowMustBeginBeforeItEnds() {
        assertOnlyError(request("logins-*", null, TO, FROM, 0, null, 500),
            "[from] must be before [to], got [2026-11-29T00:00:00Z] and [2026-11-22T00:00:00Z]");
        assertOnlyError(request("logins-*", null, TO, TO, 0, null, 500),
            "[from] must be before [to], got [2026-11-29T00:00:00Z] and [2026-11-29T00:00:00Z]");
    }

    public void testTheMinimumScoreIsANumberOfAtLeastZero() {
        assertOnlyError(request("logins-*", null, FROM, TO, -0.5, null, 500), "[min_score] must be a number of at least 0, got [-0.5]");
        assertOnlyError(request("logins-*", null, FROM, TO, Double.NaN, null, 500), "[min_score] must be a number of at least 0, got [NaN]");
        assertOnlyError(request("logins-*", null, FROM, TO, Double.POSITIVE_INFINITY, null, 500),
            "[min_score] must be a number of at least 0, got [Infinity]");
    }

    public void testTheEdgesAreBounded() {
        assertOnlyError(request("logins-*", null, FROM, TO, 0, null, 0), "[max_edges] must be between 1 and 5000, got [0]");
        assertOnlyError(request("logins-*", null, FROM, TO, 0, null, 5001), "[max_edges] must be between 1 and 5000, got [5001]");
    }

    public void testEveryBadParameterIsNamed() {
        ActionRequestValidationException errors = request(".x", "", TO, FROM, -1, "x", 0).validate();
        assertEquals(6, errors.validationErrors().size());
        List<String> named = errors.validationErrors().stream().map(error -> error.substring(0, error.indexOf(']') + 1)).toList();
        assertEquals(List.of("[index]", "[entity]", "[relation]", "[from]", "[min_score]", "[max_edges]"), named);
    }

    public void testSurvivesTheTransportWire() throws IOException {
        GraphRequest original = new GraphRequest("logins-*", "dc-01", FROM, TO, 1.25, "ntlm/network", "ssh.client", 42, GraphOrder.COUNT);
        BytesStreamOutput out = new BytesStreamOutput();
        original.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            GraphRequest read = new GraphRequest(in);
            assertEquals("logins-*", read.index());
            assertEquals("dc-01", read.entity());
            assertEquals(FROM, read.from());
            assertEquals(TO, read.to());
            assertEquals(1.25, read.minScore(), 0);
            assertEquals("ntlm/network", read.relation());
            assertEquals("ssh.client", read.relationField());
            assertEquals(42, read.maxEdges());
            assertEquals(GraphOrder.COUNT, read.order());
        }
        GraphRequest bare = withIndex("logins-*");
        out = new BytesStreamOutput();
        bare.writeTo(out);
        try (StreamInput in = out.bytes().streamInput()) {
            GraphRequest read = new GraphRequest(in);
            assertNull(read.entity());
            assertNull(read.relation());
            assertNull(read.relationField());
        }
    }

    private static void assertOnlyError(GraphRequest request, String message) {
        ActionRequestValidationException errors = request.validate();
        assertNotNull("expected: " + message, errors);
        assertEquals(List.of(message), errors.validationErrors());
    }
}

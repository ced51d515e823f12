package io.ueba.action;

import io.ueba.ml.profile.BoundedList;
import io.ueba.ml.profile.EndpointView;
import io.ueba.ml.profile.EntityKind;
import io.ueba.ml.profile.UserView;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.test.OpenSearchTestCase;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class EntityResponseTests extends OpenSearchTestCase {

    private static final UserView ALICE = new UserView("alice", true, new BoundedList(3, List.of("10.1.2.33", "198.51.100.7")),
        new BoundedList(1, List.of("DE")), List.of(8, 13), 3);
    private static final EndpointView WORKSTATION = new EndpointView(EntityKind.HOST, "ws-0233", true, new BoundedList(2, List.of("alice",
        "carol")), BoundedList.EMPTY, new BoundedList(2, List.of("srv-db", "srv-file")));

    public void testAUserHasItsSourcesCountriesAndUsualHours() throws IOException {
        Map<String, Object> expected = new HashMap<>();
        expected.put("kind", "user");
        expected.put("name", "alice");
        expected.put("model_set", "default");
        expected.put("profile_status", "published");
        expected.put("profile_version", "run-9");
        expected.put("known", true);
        expected.put("sources", Map.of("total", 3, "values", List.of("10.1.2.33", "198.51.100.7")));
        expected.put("countries", Map.of("total", 1, "values", List.of("DE")));
        expected.put("usual_hours", List.of(8, 13));
        expected.put("distinct_sources", 3);
        assertEquals(expected, json(new EntityResponse("default", "run-9", ALICE)));
    }

    public void testAHostHasItsUsersSourcesAndDestinations() throws IOException {
        Map<String, Object> expected = new HashMap<>();
        expected.put("kind", "host");
        expected.put("name", "ws-0233");
        expected.put("model_set", "vpn");
        expected.put("profile_status", "published");
        expected.put("profile_version", "run-9");
        expected.put("known", true);
        expected.put("users", Map.of("total", 2, "values", List.of("alice", "carol")));
        expected.put("sources", Map.of("total", 0, "values", List.of()));
        expected.put("destinations", Map.of("total", 2, "values", List.of("srv-db", "srv-file")));
        assertEquals(expected, json(new EntityResponse("vpn", "run-9", WORKSTATION)));
    }

    public void testWithoutAProfileTheAnswerSaysSoAndKeepsItsShape() throws IOException {
        Map<String, Object> json = json(new EntityResponse("default", null, new EndpointView(EntityKind.IP, "10.1.2.33", false,
            BoundedList.EMPTY, BoundedList.EMPTY, BoundedList.EMPTY)));
        assertEquals("ip", json.get("kind"));
        assertEquals("missing", json.get("profile_status"));
        assertTrue(json.containsKey("profile_version"));
        assertNull(json.get("profile_version"));
        assertEquals(false, json.get("known"));
        assertEquals(Map.of("total", 0, "values", List.of()), json.get("users"));
    }

    public void testSurvivesTheTransportWire() throws IOException {
        for (EntityResponse original : List.of(new EntityResponse("default", "run-9", ALICE), new EntityResponse("vpn", "run-9", WORKSTATION),
            new EntityResponse("default", null, new UserView("bob", false, BoundedList.EMPTY, BoundedList.EMPTY, List.of(), 0)))) {
            BytesStreamOutput out = new BytesStreamOutput();
            original.writeTo(out);
            try (StreamInput in = out.bytes().streamInput()) {
                EntityResponse read = new EntityResponse(in);
                assertEquals(original.entity(), read.entity());
                assertEquals(original.profileVersion(), read.profileVersion());
                assertEquals(json(original), json(read));
            }
        }
    }

    private static Map<String, Object> json(EntityResponse response) throws IOException {
        BytesReference json = BytesReference.bytes(response.toXContent(JsonXContent.contentBuilder(), ToXContent.EMPTY_PARAMS));
        return XContentHelper.convertToMap(json, false, MediaTypeRegistry.JSON).v2();
    }
}

package io.ueba.ml.graph;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.LoginFields;
import io.ueba.ml.login.LoginSourceReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EdgeFieldsTest {

    private final LoginSourceReader reader = new LoginSourceReader(LoginFields.ECS, Duration.ofDays(1), System::currentTimeMillis);
    private final LoginFeaturizer featurizer = new LoginFeaturizer();

    @Test
    void anEdgeIsNamedAsTheModelsNameTheLoginsEntities() {
        assertSameNames("WS-01.Corp.", "10.0.0.5", "DC-01", null, "10.0.0.1", "Kerberos", "Network");
        assertSameNames(null, "10.0.0.5", null, null, "10.0.0.1", "NTLM", null);
        assertSameNames("  ", "FE80::1", null, "SRV-DB", null, null, "Interactive");
        assertSameNames(null, null, "", "srv-db.", null, " ", "web");
        assertSameNames("ws-02", null, "  ", "  ", "192.168.1.1", "password", "web");
        assertSameNames(null, null, null, null, null, null, null);
    }

    @Test
    void theFirstDestinationFieldWithAValueWins() {
        EdgeFields fields = new EdgeFields(null, "10.0.0.5", Arrays.asList(null, "SRV-01"), "10.0.0.9", "ntlm", "network");
        assertEquals("10.0.0.5", fields.source());
        assertEquals("srv-01", fields.target());
        assertEquals("ntlm/network", fields.relation());
        assertEquals("10.0.0.9", new EdgeFields(null, null, Arrays.asList("", " "), "10.0.0.9", null, null).target());
        assertEquals("unknown", new EdgeFields(null, null, List.of(), null, null, null).target());
    }

    private void assertSameNames(String sourceHost, String sourceIp, String destinationAddress, String hostName, String destinationIp,
        String authPackage, String logonType) {
        Map<String, Object> document = new HashMap<>();
        document.put("@timestamp", "2026-11-23T06:00:00Z");
        document.put("user.name", "alice");
        putUnlessNull(document, "source.address", sourceHost);
        putUnlessNull(document, "source.ip", sourceIp);
        putUnlessNull(document, "destination.address", destinationAddress);
        putUnlessNull(document, "host.name", hostName);
        putUnlessNull(document, "destination.ip", destinationIp);
        putUnlessNull(document, "login.auth_package", authPackage);
        putUnlessNull(document, "login.logon_type", logonType);
        LoginFeatures features = featurizer.featurize(reader.read(document).event(), null);

        EdgeFields fields = new EdgeFields(sourceHost, sourceIp, Arrays.asList(destinationAddress, hostName), destinationIp, authPackage,
            logonType);
        assertEquals(features.source(), fields.source(), document.toString());
        assertEquals(features.destination(), fields.target(), document.toString());
        assertEquals(features.relation(), fields.relation(), document.toString());
    }

    private static void putUnlessNull(Map<String, Object> document, String field, String value) {
        if (value != null) {
            document.put(field, value);
        }
    }
}

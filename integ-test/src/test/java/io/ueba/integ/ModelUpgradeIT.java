package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After an upgrade that changes the model format, the store names a version this plugin cannot decode: every node says
 * so once, keeps scoring as it was, and the next training run trains from scratch and replaces it.
 */
class ModelUpgradeIT {

    private static final String INDEX = "logins-upgrade-it";
    private static final String OLD = "run-1";

    private final NodeClient node = new NodeClient();

    @Test
    void aStoredVersionOfAnOlderFormatIsReportedAndReplacedByTheNextRun() throws Exception {
        node.emptyLoginIndex(INDEX);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> events = new DemoLoginGenerator(
            DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().toList();
        node.indexLogins(INDEX, events);
        writeVersionOfFormat(1);

        JsonNode reported = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            reported = node.get("/_plugins/_ueba").body().get("nodes").get(0);
            if (OLD.equals(reported.path("unusable_model").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(OLD, reported.path("unusable_model").asText(), String.valueOf(reported));
        assertTrue(reported.at("/last_sync_error/message").asText().contains("model format 1"), reported.toString());

        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertTrue(trained.body().get("published").asBoolean(), trained.body().toString());
        String model = trained.body().get("model_version").asText();
        JsonNode now = node.get("/_plugins/_ueba").body().get("nodes").get(0);
        assertEquals(model, now.at("/scoring_with/autoencoder").asText(), now.toString());
        assertTrue(now.path("unusable_model").isMissingNode(), now.toString());
    }

    /** A version as a plugin of another model format would have written it: its header says so, the rest does not matter. */
    private void writeVersionOfFormat(int format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x55454241);
            out.writeInt(format);
            out.writeUTF("an older feature layout");
        }
        byte[] encoded = bytes.toByteArray();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        expectCreated(node.put("/.ueba-models/_doc/" + OLD + "%230?refresh=true", """
            {"doc_type": "chunk", "model_id": "%s", "chunk": 0, "data": "%s"}""".formatted(OLD, Base64.getEncoder().encodeToString(encoded))));
        expectCreated(node.put("/.ueba-models/_doc/" + OLD + "?refresh=true", """
            {"doc_type": "model", "model_id": "%s", "model_type": "autoencoder", "created": 1, "indices": "%s", "time_field": "@timestamp",
             "window": {"from": 0, "to": 1}, "storage": {"chunks": 1, "bytes": %d, "sha256": "%s"}}""".formatted(OLD, INDEX, encoded.length, sha256)));
        expectCreated(node.put("/.ueba-models/_doc/current?refresh=true", """
            {"doc_type": "pointer", "model_id": "%s"}""".formatted(OLD)));
    }

    private static void expectCreated(NodeClient.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, String.valueOf(reply.body()));
    }
}

package io.ueba.integ;

import com.fasterxml.jackson.databind.JsonNode;
import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKind;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.SettingsFields;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainedModelsCodec;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.ml.threshold.Threshold;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After an upgrade that changes the model format, the store names a version this plugin cannot decode: every node says
 * so once, keeps scoring as it was, and the next training run trains from scratch and replaces it; its metadata, which
 * lacks what later versions record, still shows in {@code GET /_plugins/_ueba/models}. A version holding a
 * kind this plugin does not know is used without that kind, which is reported, and the next run trains what the job
 * lists.
 */
class ModelUpgradeIT {

    private static final String INDEX = "logins-upgrade-it";
    private static final String OLD = "run-1";
    private static final String WITH_RETIRED_KIND = "run-2";

    private final NodeClient node = new NodeClient();

    @Test
    void aStoredVersionOfAnOlderFormatIsReportedAndReplacedByTheNextRun() throws Exception {
        node.emptyLoginIndex(INDEX);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        List<LoginEvent> events = new DemoLoginGenerator(
            DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().toList();
        node.indexLogins(INDEX, events);
        writeVersion(OLD, versionOfFormat(1));
        pointAsBeforeModelSets(OLD);
        NodeClient.Reply shown = node.get("/_plugins/_ueba/models/" + OLD);
        assertEquals(200, shown.status(), "a version stored without what later versions record still shows: " + shown.body());
        assertTrue(shown.body().get("training").isNull(), shown.body().toString());

        JsonNode reported = defaultSetOnceItShows(set -> OLD.equals(set.path("unusable_model").asText()));
        assertEquals(OLD, reported.path("unusable_model").asText(), String.valueOf(reported));
        assertTrue(reported.at("/last_sync_error/message").asText().contains("model format 1"), reported.toString());

        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        assertTrue(trained.body().get("published").asBoolean(), trained.body().toString());
        String model = trained.body().get("model_version").asText();
        JsonNode now = node.get("/_plugins/_ueba").body().at("/nodes/0/model_sets/default");
        assertEquals(model, now.at("/scoring_with/autoencoder").asText(), now.toString());
        assertTrue(now.path("unusable_model").isMissingNode(), now.toString());
    }

    @Test
    void aKindThisPluginDoesNotKnowIsPassedOverReportedAndTheNextRunTrainsTheJobsKinds() throws Exception {
        node.emptyLoginIndex(INDEX);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(8, ChronoUnit.DAYS);
        node.indexLogins(INDEX, new DemoLoginGenerator(
            DemoLoginConfig.defaults().withUsers(40).withPeriod(start, 7).withAttacks(0, 0, 0)).stream().toList());
        EntityProfile profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build(WITH_RETIRED_KIND);
        ModelKinds newerPlugin = new ModelKinds(List.of(new AutoencoderKind(), new RetiredKind()));
        writeVersion(WITH_RETIRED_KIND, new TrainedModelsCodec(newerPlugin).encode(new TrainedModels(profile, List.of(new RetiredScorer()))));

        JsonNode reported = defaultSetOnceItShows(set -> WITH_RETIRED_KIND.equals(set.at("/scoring_with/profile").asText()));
        assertEquals(WITH_RETIRED_KIND, reported.at("/scoring_with/profile").asText(), String.valueOf(reported));
        assertTrue(reported.at("/unusable_kinds/retired").asText().contains("knows no model kind [retired]"), reported.toString());
        assertTrue(reported.at("/scoring_with/retired").isMissingNode(), reported.toString());
        JsonNode scored = node.simulateLoginPipeline("""
            {"@timestamp": "%s", "user": {"name": "alice"}, "source": {"address": "ws-1"}, "destination": {"address": "srv-file"}}"""
            .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertEquals("no_model", scored.path("status").asText(), "the profile came in, and no kind is left to score with: " + scored);

        NodeClient.Reply trained = node.post("/_plugins/_ueba/_train?index=" + INDEX + "&window=30d", "");
        assertEquals(200, trained.status(), String.valueOf(trained.body()));
        String model = trained.body().get("model_version").asText();
        JsonNode now = node.get("/_plugins/_ueba").body().at("/nodes/0/model_sets/default");
        assertEquals(model, now.at("/scoring_with/autoencoder").asText(), now.toString());
        assertTrue(now.path("unusable_kinds").isMissingNode(), now.toString());
    }

    /** The node's default model set as {@code GET /_plugins/_ueba} shows it, once {@code shows} holds or after 30 s. */
    private JsonNode defaultSetOnceItShows(Predicate<JsonNode> shows) throws Exception {
        JsonNode set = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            set = node.get("/_plugins/_ueba").body().at("/nodes/0/model_sets/default");
            if (shows.test(set)) {
                break;
            }
            Thread.sleep(500);
        }
        return set;
    }

    /** A version as a plugin of another model format would have written it: its header says so, the rest does not matter. */
    private static byte[] versionOfFormat(int format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x55454241);
            out.writeInt(format);
            out.writeUTF("an older feature layout");
        }
        return bytes.toByteArray();
    }

    /** Stores a version in the default set as the model store does, and points the set at it. */
    private void writeVersion(String id, byte[] encoded) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        expectCreated(node.put("/.ueba-models/_doc/" + id + "%230?refresh=true", """
            {"doc_type": "chunk", "model_id": "%s", "chunk": 0, "data": "%s"}""".formatted(id, Base64.getEncoder().encodeToString(encoded))));
        expectCreated(node.put("/.ueba-models/_doc/" + id + "?refresh=true", """
            {"doc_type": "model", "model_id": "%s", "model_set": "default", "kinds": ["autoencoder"], "created": 1, "indices": "%s", "time_field": "@timestamp",
             "window": {"from": 0, "to": 1}, "storage": {"chunks": 1, "bytes": %d, "sha256": "%s"}}""".formatted(id, INDEX, encoded.length, sha256)));
        expectCreated(node.put("/.ueba-models/_doc/pointer%23default?refresh=true", """
            {"doc_type": "pointer", "model_set": "default", "model_id": "%s"}""".formatted(id)));
    }

    /** A kind of a newer plugin, as this plugin sees it: a name, a format and bytes it cannot read. */
    private static final class RetiredKind implements ModelKind {

        @Override
        public String name() {
            return "retired";
        }

        @Override
        public KindSettings settings(SettingsFields given) {
            throw new UnsupportedOperationException("only written here");
        }

        @Override
        public int format() {
            return 1;
        }

        @Override
        public String schema() {
            return "none";
        }

        @Override
        public LoginScorer read(String version, Threshold threshold, DataInput in) {
            throw new UnsupportedOperationException("only written here");
        }
    }

    private static final class RetiredScorer implements LoginScorer {

        @Override
        public String kind() {
            return "retired";
        }

        @Override
        public String version() {
            return WITH_RETIRED_KIND;
        }

        @Override
        public Threshold threshold() {
            return new Threshold("fixed", 1);
        }

        @Override
        public KindScore score(LoginFeatures features) {
            return new KindScore("retired", 0, List.of());
        }

        @Override
        public void write(DataOutput out) throws IOException {
            out.writeUTF("state this plugin cannot read");
        }
    }

    /** Replaces the default set's pointer with the one pointer of the releases before model sets, as an upgrade finds it. */
    private void pointAsBeforeModelSets(String id) throws Exception {
        assertEquals(200, node.delete("/.ueba-models/_doc/pointer%23default?refresh=true").status());
        expectCreated(node.put("/.ueba-models/_doc/current?refresh=true", """
            {"doc_type": "pointer", "model_id": "%s"}""".formatted(id)));
    }

    private static void expectCreated(NodeClient.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, String.valueOf(reply.body()));
    }
}

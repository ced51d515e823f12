package io.ueba.plugin.ingest;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.AutoencoderTrainer;
import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.AutoencoderScorer;
import io.ueba.ml.autoencoder.TrainedAutoencoder;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.KindScore;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.ml.threshold.Threshold;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.OpenSearchParseException;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.test.OpenSearchTestCase;

import java.io.DataOutput;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class LoginScoreProcessorTests extends OpenSearchTestCase {

    private final TrainedModelsHolder models = new TrainedModelsHolder();
    private final LoginFeaturesProcessor features = new LoginFeaturesProcessorFactory(models, System::currentTimeMillis)
        .create(Map.of(), "features", null, new HashMap<>());
    private final LoginScoreProcessor score = new LoginScoreProcessor.Factory().create(Map.of(), "score", null, new HashMap<>());

    private static IngestDocument login(String source, String at) {
        Map<String, Object> document = new HashMap<>();
        document.put("@timestamp", at);
        document.put("user", new HashMap<>(Map.of("name", "alice")));
        document.put("source", new HashMap<>(Map.of("address", source)));
        document.put("destination", new HashMap<>(Map.of("address", "srv-file")));
        document.put("event", new HashMap<>(Map.of("outcome", "success")));
        return new IngestDocument(document, new HashMap<>());
    }

    public void testWithoutFeaturesSaysSo() {
        IngestDocument document = score.execute(new IngestDocument(new HashMap<>(), new HashMap<>()));
        assertEquals("no_features", document.getFieldValue(LoginScoreProcessor.STATUS_FIELD, String.class));
    }

    /** The simulate API prints a document's ingest metadata: what featurizing leaves there must render as JSON. */
    public void testIngestMetadataRendersAndScoringTakesItOut() throws Exception {
        IngestDocument featurized = features.execute(login("ws-1", "2026-11-20T09:30:00Z"));
        String rendered = XContentFactory.jsonBuilder().map(featurized.getIngestMetadata()).toString();
        assertTrue(rendered, rendered.contains("\"" + LoginFeaturesProcessor.FEATURES_METADATA + "\":{\"model_version\":null}"));
        score.execute(featurized);
        assertFalse(featurized.getIngestMetadata().containsKey(LoginFeaturesProcessor.FEATURES_METADATA));
    }

    public void testWithoutModelSaysSo() {
        IngestDocument document = score.execute(features.execute(login("ws-1", "2026-11-20T09:30:00Z")));
        assertEquals("no_model", document.getFieldValue(LoginScoreProcessor.STATUS_FIELD, String.class));
        assertFalse(document.hasField("ueba.score"));
    }

    @SuppressWarnings("unchecked")
    public void testScoresWithThePublishedModelAndExplainsTheSuspicious() throws Exception {
        IngestDocument beforeAnyModel = score.execute(features.execute(login("ws-1", "2026-11-18T10:30:00Z")));
        assertEquals("no_model", beforeAnyModel.getFieldValue(LoginScoreProcessor.STATUS_FIELD, String.class));
        new TorchEngineLoader(createTempDir(), getClass().getClassLoader()).load();
        EntityProfile profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-1");
        LoginFeaturizer featurizer = new LoginFeaturizer();
        LoginVectorizer vectorizer = new LoginVectorizer();
        float[][] rows = new float[600][];
        for (int i = 0; i < rows.length; i++) {
            Instant at = Instant.parse("2026-11-02T09:00:00Z").plusSeconds(86_400L * (i % 5) + 60L * (i % 60));
            rows[i] = vectorizer.vectorize(featurizer.featurize(
                new LoginEvent(at, "alice", null, null, "ws-1", "srv-file", null, LoginOutcome.SUCCESS, null, null, null, null), profile));
        }
        try (TrainedAutoencoder model = new AutoencoderTrainer().train(rows, AutoencoderConfig.defaults().withEpochs(30), Device.cpu())) {
            models.publish("default", new TrainedModels(profile,
                List.of(new AutoencoderScorer("run-1", DenseAutoencoder.of(model), Threshold.quantile(model.rowErrors(rows), 0.99)))));
        }

        IngestDocument usual = score.execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z")));
        IngestDocument odd = score.execute(features.execute(login("ws-evil", "2026-11-22T03:00:00Z")));
        assertFalse(odd.hasField(LoginScoreProcessor.STATUS_FIELD));
        assertEquals("run-1", odd.getFieldValue("ueba.model_version", String.class));
        float usualScore = usual.getFieldValue("ueba.score", Float.class);
        float oddScore = odd.getFieldValue("ueba.score", Float.class);
        assertTrue("usual " + usualScore + " odd " + oddScore, oddScore > 2 * usualScore);
        assertTrue(odd.getFieldValue("ueba.suspicious", Boolean.class));
        List<String> reasons = odd.getFieldValue("ueba.explanation", List.class);
        assertFalse(reasons.isEmpty());
        reasons.forEach(reason -> assertTrue(reason, reason.startsWith("autoencoder: ")));
        assertFalse(usual.hasField("ueba.explanation"));
        assertEquals(oddScore, odd.getFieldValue("ueba.scores.autoencoder", Float.class), 0);
        assertFalse("a usual login carries no per-kind score by default", usual.hasField("ueba.scores"));

        // Sent through the pipeline again (a rescore), a login keeps nothing of how it was read and scored before.
        IngestDocument rescored = score.execute(features.execute(beforeAnyModel));
        assertFalse(rescored.hasField(LoginScoreProcessor.STATUS_FIELD));
        assertEquals("run-1", rescored.getFieldValue("ueba.model_version", String.class));
        assertEquals("run-1", rescored.getFieldValue("ueba.features.profile.version", String.class));
        assertEquals("published", rescored.getFieldValue("ueba.features.profile.status", String.class));

        // A login featurized against run-1's profile is scored by the model published with it, even when run-2 comes
        // into use between the two processors.
        IngestDocument featurizedBefore = features.execute(login("ws-evil", "2026-11-22T03:00:00Z"));
        AutoencoderScorer inUse = (AutoencoderScorer) models.current("default").scorer("autoencoder");
        AutoencoderScorer other = new AutoencoderScorer("run-2", inUse.model(), new Threshold("quantile(0.99)", 1e-9));
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-evil", "srv-file", 3, null).build("run-2"), List.of(other)));
        assertEquals("run-1", score.execute(featurizedBefore).getFieldValue("ueba.model_version", String.class));
    }

    public void testCombinesTheKindsByTheirGeometricMeanAndWritesEachKindsScoreAsTold() {
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-5"),
            List.of(new FixedScorer("autoencoder", 0.4), new FixedScorer("rarity", 4.0))));
        IngestDocument suspicious = score.execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z")));
        // sqrt(0.4 * 4)
        assertEquals((float) Math.sqrt(1.6), suspicious.getFieldValue("ueba.score", Float.class), 1e-6);
        assertTrue(suspicious.getFieldValue("ueba.suspicious", Boolean.class));
        assertEquals(List.of("rarity: odd for rarity"), suspicious.getFieldValue("ueba.explanation", List.class));
        assertEquals(0.4f, suspicious.getFieldValue("ueba.scores.autoencoder", Float.class), 0);
        assertEquals(4f, suspicious.getFieldValue("ueba.scores.rarity", Float.class), 0);

        LoginScoreProcessor never = scoreWriting("never");
        assertFalse(never.execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z"))).hasField("ueba.scores"));

        models.publish("default", new TrainedModels(models.current("default").profile(), List.of(new FixedScorer("autoencoder", 0.4), new FixedScorer("rarity", 0.7))));
        IngestDocument usual = score.execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z")));
        assertEquals((float) Math.sqrt(0.4 * 0.7), usual.getFieldValue("ueba.score", Float.class), 1e-6);
        assertFalse(usual.getFieldValue("ueba.suspicious", Boolean.class));
        assertFalse(usual.hasField("ueba.scores"));
        assertFalse(usual.hasField("ueba.explanation"));
        IngestDocument always = scoreWriting("always").execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z")));
        assertEquals(0.7f, always.getFieldValue("ueba.scores.rarity", Float.class), 0);

        // Rescored by models that no longer have a kind, a login keeps no score of that kind.
        models.publish("default", new TrainedModels(models.current("default").profile(), List.of(new FixedScorer("autoencoder", 0.4))));
        IngestDocument rescored = scoreWriting("always").execute(features.execute(always));
        assertFalse(rescored.hasField("ueba.scores.rarity"));
        assertEquals(0.4f, rescored.getFieldValue("ueba.scores.autoencoder", Float.class), 0);
    }

    public void testFeaturizingReadsTheDocumentFieldsAModelInUseLearnedFrom() {
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-5"),
            List.of(new FixedScorer("autoencoder", 0.4), new FixedScorer("rgcn", 9, Set.of("ssh.client")))));
        IngestDocument login = login("ws-1", "2026-11-18T09:30:00Z");
        login.setFieldValue("ssh", new HashMap<>(Map.of("client", "SSH-2.0-PuTTY_0.70")));

        IngestDocument scored = score.execute(features.execute(login));

        assertEquals(List.of("rgcn: odd for rgcn {ssh.client=ssh-2.0-putty_0.70}"), scored.getFieldValue("ueba.explanation", List.class));
        IngestDocument without = score.execute(features.execute(login("ws-1", "2026-11-18T09:30:00Z")));
        assertEquals(List.of("rgcn: odd for rgcn {}"), without.getFieldValue("ueba.explanation", List.class));
    }

    public void testRefusesAnOptionItDoesNotHaveAndAWrongWriteScores() {
        Map<String, Object> config = new HashMap<>(Map.of("threshold", 2));
        OpenSearchParseException e = expectThrows(
            OpenSearchParseException.class,
            () -> new LoginScoreProcessor.Factory().create(Map.of(), "t", null, config)
        );
        assertTrue(e.getMessage(), e.getMessage().contains("threshold"));
        OpenSearchParseException wrong = expectThrows(OpenSearchParseException.class, () -> scoreWriting("sometimes"));
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("write_scores"));
    }

    private static LoginScoreProcessor scoreWriting(String writeScores) {
        return new LoginScoreProcessor.Factory().create(Map.of(), "score", null, new HashMap<>(Map.of("write_scores", writeScores)));
    }

    /**
     * A kind's scorer that gives every login the same score; one that reads further document fields names in its reason
     * the values it was given.
     */
    private record FixedScorer(String kind, double fixed, Set<String> attributeFields) implements LoginScorer {

        FixedScorer(String kind, double fixed) {
            this(kind, fixed, Set.of());
        }

        @Override
        public String version() {
            return "run-5";
        }

        @Override
        public Threshold threshold() {
            return new Threshold("fixed", 1);
        }

        @Override
        public KindScore score(LoginFeatures features) {
            String given = attributeFields.isEmpty() ? "" : " " + new TreeMap<>(features.attributes());
            return new KindScore(kind, fixed, fixed >= 1 ? List.of("odd for " + kind + given) : List.of());
        }

        @Override
        public void write(DataOutput out) {
            throw new UnsupportedOperationException("never stored");
        }
    }
}

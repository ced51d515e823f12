package io.ueba.plugin.ingest;

import io.ueba.ml.login.LoginSourceReader;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.opensearch.OpenSearchParseException;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.test.OpenSearchTestCase;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class LoginFeaturesProcessorTests extends OpenSearchTestCase {

    private static final long NOW = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    private final TrainedModelsHolder models = new TrainedModelsHolder();
    private final LoginFeaturesProcessorFactory factory = new LoginFeaturesProcessorFactory(models, () -> NOW);

    private LoginFeaturesProcessor processor(Map<String, Object> options) {
        return factory.create(Map.of(), "tag", null, new HashMap<>(options));
    }

    private static IngestDocument document(Map<String, Object> source) {
        return new IngestDocument(new HashMap<>(source), new HashMap<>());
    }

    private static Map<String, Object> login() {
        Map<String, Object> source = new HashMap<>();
        source.put("@timestamp", "2026-11-23T06:00:00Z");
        source.put("user", new HashMap<>(Map.of("name", "CORP\\Alice")));
        source.put("source", new HashMap<>(Map.of("ip", "10.0.0.5", "address", "WS-1")));
        source.put("destination", new HashMap<>(Map.of("address", "SRV-FILE")));
        source.put("event", new HashMap<>(Map.of("outcome", "success")));
        source.put("login", new HashMap<>(Map.of("auth_package", "Kerberos", "logon_type", "Network")));
        return source;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> features(IngestDocument document) {
        return document.getFieldValue(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD, Map.class);
    }

    public void testWritesFeaturesAndSaysTheProfileIsMissingBeforeTraining() {
        IngestDocument document = processor(Map.of()).execute(document(login()));
        Map<String, Object> features = features(document);
        assertEquals("alice", features.get("user"));
        assertEquals("ws-1", features.get("source"));
        assertEquals("srv-file", features.get("destination"));
        assertEquals("kerberos/network", features.get("relation"));
        assertEquals(true, features.get("success"));
        assertEquals(1.0, (Float) features.get("hour_sin"), 1e-9);
        assertEquals(Map.of("version", 4, "private", true, "prefix", "10.0.0.0/24"), features.get("source_ip"));
        assertEquals(Map.of("status", "missing"), features.get("profile"));
        assertFalse(document.hasField(LoginFeaturesProcessor.WARNINGS_FIELD));
        assertEquals("CORP\\Alice", document.getFieldValue("user.name", String.class));
    }

    @SuppressWarnings("unchecked")
    public void testReadsTheProfilePublishedSinceItWasBuilt() {
        LoginFeaturesProcessor processor = processor(Map.of());
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 6.5, null).build("run-3"), List.of()));
        Map<String, Object> profile = (Map<String, Object>) features(processor.execute(document(login()))).get("profile");
        assertEquals("published", profile.get("status"));
        assertEquals("run-3", profile.get("version"));
        assertEquals(false, profile.get("first_user_source"));
        assertEquals(false, profile.get("first_source_destination"));
        assertEquals(0.0, (Float) profile.get("hour_distance"), 1e-9);
    }

    @SuppressWarnings("unchecked")
    public void testReadsTheProfileOfTheModelSetItNames() {
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 6.5, null).build("run-3"), List.of()));
        models.publish("vpn", new TrainedModels(new EntityProfileBuilder().add("bob", "ws-9", "vpn-gw", 6.5, null).build("run-4"), List.of()));
        Map<String, Object> vpn = (Map<String, Object>) features(processor(Map.of("model_set", "vpn")).execute(document(login()))).get("profile");
        assertEquals("run-4", vpn.get("version"));
        assertEquals(true, vpn.get("new_user"));
        Map<String, Object> windows = (Map<String, Object>) features(processor(Map.of("model_set", "windows")).execute(document(login())))
            .get("profile");
        assertEquals("a set nothing was published to yet", "missing", windows.get("status"));
        OpenSearchParseException refused = expectThrows(OpenSearchParseException.class, () -> processor(Map.of("model_set", "VPN")));
        assertTrue(refused.getMessage(), refused.getMessage().contains("[model_set]"));
    }

    public void testNoveltyWritesOnlyWhatIsNewAgainstTheProfile() {
        LoginFeaturesProcessor processor = processor(Map.of(FeatureOutput.OPTION, "novelty"));
        assertFalse("no profile, nothing is novel", processor.execute(document(login())).hasField(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD));

        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 6.5, null).build("run-3"), List.of()));
        assertFalse("a usual login", processor.execute(document(login())).hasField(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD));

        Map<String, Object> source = login();
        source.put("destination", new HashMap<>(Map.of("address", "DC-01")));
        source.put("user", new HashMap<>(Map.of("name", "mallory")));
        assertEquals(
            Map.of("novelty", List.of("new_user", "first_user_source", "first_source_destination")),
            features(processor.execute(document(source)))
        );
    }

    @SuppressWarnings("unchecked")
    public void testTheSourceCountryFromGeoipIsComparedWithTheUsersCountries() {
        LoginFeaturesProcessor processor = processor(Map.of(FeatureOutput.OPTION, "novelty"));
        models.publish("default", new TrainedModels(new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 6.5, "DE").build("run-3"), List.of()));
        Map<String, Object> home = login();
        ((Map<String, Object>) home.get("source")).put("geo", new HashMap<>(Map.of("country_iso_code", "DE")));
        assertFalse("the user's own country", processor.execute(document(home)).hasField(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD));

        Map<String, Object> abroad = login();
        ((Map<String, Object>) abroad.get("source")).put("geo", new HashMap<>(Map.of("country_iso_code", "NG", "city_name", "Lagos")));
        assertEquals(Map.of("novelty", List.of("first_user_country")), features(processor.execute(document(abroad))));
    }

    public void testNoneWritesNoFeaturesButLeavesThemForScoring() {
        IngestDocument document = processor(Map.of(FeatureOutput.OPTION, "none")).execute(document(login()));
        assertFalse(document.hasField("ueba"));
        assertTrue(document.getIngestMetadata().get(LoginFeaturesProcessor.FEATURES_METADATA) instanceof FeaturizedLogin);
    }

    public void testUnknownWriteFeaturesIsAConfigurationErrorNamingTheOption() {
        OpenSearchParseException e = expectThrows(OpenSearchParseException.class, () -> processor(Map.of(FeatureOutput.OPTION, "some")));
        assertTrue(e.getMessage(), e.getMessage().contains("[write_features]") && e.getMessage().contains("none, novelty, all"));
    }

    public void testEveryFieldPathIsAnOption() {
        Map<String, Object> source = new HashMap<>();
        source.put("ts", 1_763_880_000_000L);
        source.put("winlog", new HashMap<>(Map.of("user", "bob", "pkg", "NTLM", "type", 3)));
        source.put("computer", "DC-01");
        source.put("result", "Fail");
        LoginFeaturesProcessor processor = processor(
            Map.of(
                "timestamp_field", "ts",
                "user_field", "winlog.user",
                "destination_fields", List.of("nowhere", "computer"),
                "outcome_field", "result",
                "auth_package_field", "winlog.pkg",
                "logon_type_field", "winlog.type",
                "target_field", "out"
            )
        );
        IngestDocument document = processor.execute(document(source));
        assertEquals("bob", document.getFieldValue("out.user", String.class));
        assertEquals("dc-01", document.getFieldValue("out.destination", String.class));
        assertEquals("ntlm/3", document.getFieldValue("out.relation", String.class));
        assertEquals(false, document.getFieldValue("out.success", Boolean.class));
        assertEquals("unknown", document.getFieldValue("out.source", String.class));
    }

    @SuppressWarnings("unchecked")
    public void testCopiesGeoTheDocumentAlreadyHas() {
        Map<String, Object> source = login();
        ((Map<String, Object>) source.get("source")).put("geo", new HashMap<>(Map.of("country_iso_code", "NZ", "region_name", "x")));
        assertEquals(Map.of("country_iso_code", "NZ"), features(processor(Map.of()).execute(document(source))).get("geo"));
    }

    @SuppressWarnings("unchecked")
    public void testGeoNamesTooLongToBeNamesAreNotCopied() {
        Map<String, Object> source = login();
        ((Map<String, Object>) source.get("source")).put("geo", new HashMap<>(Map.of("country_iso_code", "x".repeat(40_000), "city_name", "Lagos")));
        assertEquals(Map.of("city_name", "Lagos"), features(processor(Map.of()).execute(document(source))).get("geo"));
    }

    public void testMissingUserFailsNamingTheField() {
        Map<String, Object> source = login();
        source.remove("user");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> processor(Map.of()).execute(document(source)));
        assertTrue(e.getMessage(), e.getMessage().contains("[user.name] is missing"));
    }

    public void testIgnoreMissingPassesTheDocumentOnTagged() {
        Map<String, Object> source = login();
        source.remove("@timestamp");
        IngestDocument document = processor(Map.of("ignore_missing", true)).execute(document(source));
        assertFalse(document.hasField(LoginFeaturesProcessor.DEFAULT_TARGET_FIELD));
        assertTrue(document.getFieldValue(LoginFeaturesProcessor.SKIPPED_FIELD, String.class).contains("[@timestamp]"));
    }

    public void testIgnoreMissingStillFailsOnMalformedValues() {
        Map<String, Object> source = login();
        source.put("@timestamp", "last tuesday");
        IllegalArgumentException e = expectThrows(
            IllegalArgumentException.class,
            () -> processor(Map.of("ignore_missing", true)).execute(document(source))
        );
        assertTrue(e.getMessage(), e.getMessage().contains("[@timestamp] is not a date"));
    }

    public void testFarFutureTimestampFails() {
        Map<String, Object> source = login();
        source.put("@timestamp", "2026-11-25T12:00:00Z");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> processor(Map.of()).execute(document(source)));
        assertTrue(e.getMessage(), e.getMessage().contains("in the future"));
        source.put("@timestamp", "2026-11-24T11:00:00Z");
        assertNotNull(features(processor(Map.of()).execute(document(source))));
    }

    public void testHugeUserFails() {
        Map<String, Object> source = login();
        source.put("user", new HashMap<>(Map.of("name", "a".repeat(LoginSourceReader.MAX_VALUE_LENGTH + 1))));
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> processor(Map.of()).execute(document(source)));
        assertTrue(e.getMessage(), e.getMessage().contains("[user.name] is longer than"));
    }

    @SuppressWarnings("unchecked")
    public void testInvalidSourceIpIsAWarningAndTheLoginIsStillFeaturized() {
        Map<String, Object> source = login();
        ((Map<String, Object>) source.get("source")).put("ip", "999.1.1.1");
        IngestDocument document = processor(Map.of()).execute(document(source));
        assertFalse(features(document).containsKey("source_ip"));
        List<String> warnings = document.getFieldValue(LoginFeaturesProcessor.WARNINGS_FIELD, List.class);
        assertTrue(warnings.toString(), warnings.get(0).contains("[source.ip]"));
        assertEquals("999.1.1.1", document.getFieldValue("source.ip", String.class));
    }

    @SuppressWarnings("unchecked")
    public void testValueOfTheWrongShapeIsMovedAsideNotLost() {
        Map<String, Object> source = login();
        ((Map<String, Object>) source.get("source")).put("address", Map.of("nested", "thing"));
        IngestDocument document = processor(Map.of()).execute(document(source));
        assertFalse(document.hasField("source.address"));
        assertEquals("{nested=thing}", document.getFieldValue("ueba.malformed.source.address", String.class));
        assertEquals("10.0.0.5", features(document).get("source"));

        Map<String, Object> badUser = login();
        badUser.put("user", new HashMap<>(Map.of("name", List.of("a", "b"))));
        IngestDocument failed = document(badUser);
        expectThrows(IllegalArgumentException.class, () -> processor(Map.of()).execute(failed));
        assertEquals("[a, b]", failed.getFieldValue("ueba.malformed.user.name", String.class));
    }

    @SuppressWarnings("unchecked")
    public void testScalarWhereAnObjectBelongsIsMovedAside() {
        Map<String, Object> flatSource = login();
        flatSource.put("source", List.of(1, 2));
        IngestDocument document = processor(Map.of()).execute(document(flatSource));
        assertFalse(document.hasField("source"));
        assertEquals("[1, 2]", document.getFieldValue("ueba.malformed.source", String.class));
        List<String> warnings = document.getFieldValue(LoginFeaturesProcessor.WARNINGS_FIELD, List.class);
        assertTrue(warnings.toString(), warnings.get(0).contains("[source] must be an object"));

        Map<String, Object> flatUser = login();
        flatUser.put("user", "bob");
        IngestDocument failed = document(flatUser);
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> processor(Map.of()).execute(failed));
        assertTrue(e.getMessage(), e.getMessage().contains("[user.name] is missing"));
        assertEquals("bob", failed.getFieldValue("ueba.malformed.user", String.class));
    }

    public void testBadMaxFutureIsAConfigurationError() {
        OpenSearchParseException e = expectThrows(OpenSearchParseException.class, () -> processor(Map.of("max_future", "soon")));
        assertTrue(e.getMessage(), e.getMessage().contains("max_future"));
    }

    public void testFieldsNamedWithDotsAreReadAsTheMappingReadsThem() {
        Map<String, Object> source = new HashMap<>();
        source.put("@timestamp", "2026-11-23T06:00:00Z");
        source.put("user.name", "bob");
        source.put("source", new HashMap<>(Map.of("address", "WS-9", "geo.country_iso_code", "DE")));
        source.put("destination.address", "SRV-DB");
        source.put("event.outcome", "success");
        Map<String, Object> features = features(processor(Map.of()).execute(document(source)));
        assertEquals("bob", features.get("user"));
        assertEquals("ws-9", features.get("source"));
        assertEquals("srv-db", features.get("destination"));
        assertEquals(true, features.get("success"));
    }

    public void testADottedFieldOfTheWrongShapeIsMovedAsideNotLost() {
        Map<String, Object> source = login();
        source.remove("source");
        source.put("source.address", new HashMap<>(Map.of("x", 1)));
        IngestDocument document = processor(Map.of()).execute(document(source));
        assertFalse(document.getSourceAndMetadata().containsKey("source.address"));
        assertEquals("{x=1}", document.getFieldValue("ueba.malformed.source.address", String.class));
    }
}

package io.ueba.plugin.ingest;

import ai.djl.Device;
import io.ueba.ml.autoencoder.AutoencoderScorer;
import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTraining;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.ModelSetTrainer;
import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.model.TrainingContext;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.ml.threshold.Threshold;
import io.ueba.plugin.model.TrainedModelsHolder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opensearch.ingest.IngestDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The ingest hot path: {@code ueba_login_features} then {@code ueba_login_score} on one login, before training (no
 * profile, no model) and after (a profile of {@link #users} users and an autoencoder of the default shape, its weights
 * random: the cost of a forward pass does not depend on them; its threshold so high that no login is flagged, as
 * almost none is in production, so the rare explanation is not counted). {@code writeScores} is the score processor's
 * {@code write_scores}: {@code always} adds the per-kind score to every login, {@code suspicious} (the default) to none
 * here. {@link #copyOnly} measures building the document the processors are given, which the other includes: subtract
 * it to get the processors' own cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoginPipelineBenchmark {

    private static final int[] LAYER_WIDTHS = { new LoginVectorizer().dimension(), 32, 8, 32, new LoginVectorizer().dimension() };

    /**
     * No profile or model; a profile and the autoencoder; the same and the rarity kind, trained on logins like these;
     * the same and the RGCN too.
     */
    @Param({ "none", "published", "published_with_rarity", "published_with_every_kind" })
    public String models;

    /**
     * How many users the profile and the models know, and the logins come from: at 1,000 the tables stay in the
     * processor's caches; at hundreds of thousands, as in a large domain, each lookup goes to memory.
     */
    @Param({ "1000" })
    public int users;

    @Param({ "novelty", "all" })
    public String writeFeatures;

    @Param({ "suspicious", "always" })
    public String writeScores;

    private LoginFeaturesProcessor features;
    private LoginScoreProcessor score;
    private int next;

    @Setup
    public void setUp() throws IOException, EngineLoadException {
        TrainedModelsHolder holder = new TrainedModelsHolder();
        if (models.startsWith("published")) {
            EntityProfileBuilder builder = new EntityProfileBuilder();
            for (int user = 0; user < users; user++) {
                builder.add("user" + user, "ws-" + user, "srv-file-" + (user % 20), 8 + user % 10, "US");
            }
            EntityProfile profile = builder.build("bench");
            List<LoginScorer> scorers = new ArrayList<>(List.of(new AutoencoderScorer("bench", randomAutoencoder(), new Threshold("quantile", 1e9))));
            if (models.equals("published_with_rarity")) {
                scorers.addAll(trained(profile, users, Map.of("type", "rarity")));
            }
            if (models.equals("published_with_every_kind")) {
                new TorchEngineLoader(Path.of("target/djl-cache"), LoginPipelineBenchmark.class.getClassLoader()).load();
                // a few epochs: what scoring costs depends on the width and the lookups, not on how well it learned
                scorers.addAll(trained(profile, users, Map.of("type", "rarity"), Map.of("type", "rgcn", "max_epochs", 20)));
            }
            holder.publish("default", new TrainedModels(profile, scorers));
        }
        score = new LoginScoreProcessor.Factory().create(Map.of(), "bench", null, new HashMap<>(Map.of(ScoreOutput.OPTION, writeScores)));
        features = new LoginFeaturesProcessorFactory(holder, System::currentTimeMillis)
            .create(Map.of(), "bench", null, new HashMap<>(Map.of(FeatureOutput.OPTION, writeFeatures)));
    }

    /** The kinds, trained over a month of the logins {@link #login()} makes. */
    @SafeVarargs
    private static List<LoginScorer> trained(EntityProfile profile, int users, Map<String, Object>... kinds) {
        List<KindSettings> settings = new ArrayList<>();
        for (Map<String, Object> kind : kinds) {
            settings.add(ModelKinds.BUILT_IN.settings(kind.get("type").toString(), kind));
        }
        ModelSetTrainer trainer = new ModelSetTrainer(profile, settings, TrainedModels.NONE);
        for (int login = 0; login < 30 * users; login++) {
            int user = login % users;
            trainer.offer(new LoginEvent(Instant.parse("2026-10-20T09:37:01Z").minus(login % 30, ChronoUnit.DAYS), "user" + user, null,
                "10.1." + (user % 250) + ".7", "WS-" + user, "SRV-FILE-" + (user % 20), null, LoginOutcome.SUCCESS, "Kerberos", "Network", null,
                null), false);
        }
        return trainer.train(new TrainingContext("bench", Device.cpu(), (kind, epoch, epochs, loss) -> {})).everyKind().stream()
            .map(KindTraining::scorer).toList();
    }

    private static DenseAutoencoder randomAutoencoder() throws IOException {
        Random random = new Random(42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(LAYER_WIDTHS.length - 1);
        for (int l = 1; l < LAYER_WIDTHS.length; l++) {
            out.writeInt(LAYER_WIDTHS[l]);
            out.writeInt(LAYER_WIDTHS[l - 1]);
            for (int w = 0; w < LAYER_WIDTHS[l] * LAYER_WIDTHS[l - 1] + LAYER_WIDTHS[l]; w++) {
                out.writeFloat((float) random.nextGaussian() * 0.1f);
            }
        }
        return DenseAutoencoder.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private IngestDocument login() {
        int user = next++ % users;
        Map<String, Object> source = new HashMap<>();
        source.put("@timestamp", "2026-10-20T09:37:01.123Z");
        source.put("user", new HashMap<>(Map.of("name", "CORP\\user" + user)));
        source.put("source", new HashMap<>(Map.of("ip", "10.1." + (user % 250) + ".7", "address", "WS-" + user)));
        source.put("destination", new HashMap<>(Map.of("address", "SRV-FILE-" + (user % 20))));
        source.put("event", new HashMap<>(Map.of("outcome", "success", "category", List.of("authentication"))));
        source.put("login", new HashMap<>(Map.of("auth_package", "Kerberos", "logon_type", "Network")));
        return new IngestDocument(source, new HashMap<>());
    }

    @Benchmark
    public IngestDocument copyOnly() {
        return login();
    }

    @Benchmark
    public IngestDocument featurizeAndScore() {
        return score.execute(features.execute(login()));
    }
}

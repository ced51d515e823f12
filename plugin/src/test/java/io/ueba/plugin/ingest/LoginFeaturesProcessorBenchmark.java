package io.ueba.plugin.ingest;

import io.ueba.ml.model.TrainedModels;
import io.ueba.ml.profile.EntityProfileBuilder;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ingest hot path: {@code ueba_login_features} on one login, before training (no profile) and after (a profile of
 * 1,000 users). {@link #copyOnly} measures building the document the processor is given, which the other two
 * include: subtract it to get the processor's own cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoginFeaturesProcessorBenchmark {

    @Param({ "none", "published" })
    public String profile;

    private LoginFeaturesProcessor processor;
    private int next;

    @Setup
    public void setUp() {
        TrainedModelsHolder models = new TrainedModelsHolder();
        if (profile.equals("published")) {
            EntityProfileBuilder builder = new EntityProfileBuilder();
            for (int user = 0; user < 1000; user++) {
                builder.add("user" + user, "ws-" + user, "srv-file-" + (user % 20), 8 + user % 10);
            }
            models.publish(new TrainedModels(builder.build("bench"), null));
        }
        processor = new LoginFeaturesProcessorFactory(models, System::currentTimeMillis).create(Map.of(), "bench", null, new HashMap<>());
    }

    private IngestDocument login() {
        int user = next++ % 1000;
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
    public IngestDocument featurize() {
        return processor.execute(login());
    }
}

package io.ueba.tools.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.AutoencoderTrainer;
import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.TrainedAutoencoder;
import io.ueba.ml.engine.EngineLoadException;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * {@code bench-train}: autoencoder training and batched scoring speed on demo logins, on the device DJL picks: seconds
 * per epoch, rows per second, peak heap and resident memory. Rows are vectorized against a profile of the first
 * fifth of the period, as training on a node does.
 */
final class TrainingBenchmark {

    static final String USAGE = """
        bench-train [--model autoencoder] [--rows N] [--epochs N] [--batch-size N] [--scoring-batch N] [--cache DIR]
        bench-train --model rgcn [--edges N] [--epochs N] [--embedding-dim N] [--subgraph-edges N] [--members N] [--threads N] [--cache DIR]""";

    private TrainingBenchmark() {}

    static void run(CommandLine args) throws IOException, EngineLoadException {
        String model = args.string("model", "autoencoder");
        switch (model) {
            case "autoencoder" -> autoencoder(args);
            case "rgcn" -> GraphTrainingBenchmark.run(args);
            default -> throw new IllegalArgumentException("[--model] must be autoencoder or rgcn, got [" + model + "]");
        }
    }

    private static void autoencoder(CommandLine args) throws IOException, EngineLoadException {
        int rows = args.integer("rows", 1_000_000, 1000);
        int epochs = args.integer("epochs", 3, 1);
        int batchSize = args.integer("batch-size", 1024, 1);
        int scoringBatch = args.integer("scoring-batch", 4096, 1);
        Path cache = Path.of(args.string("cache", ".ueba/djl-cache"));
        args.rejectUnknown();

        System.out.println(new TorchEngineLoader(cache, TrainingBenchmark.class.getClassLoader()).load().devices());
        float[][] vectors = vectors(rows);
        AutoencoderConfig config = new AutoencoderConfig(32, 8, epochs, batchSize, 0.005f, 42);
        Device device = Engine.getEngine("PyTorch").defaultDevice();
        AutoencoderTrainer trainer = new AutoencoderTrainer();
        try (TrainedAutoencoder model = trainer.train(vectors, config, device)) {
            AutoencoderTrainer.Report report = trainer.lastReport();
            double seconds = report.nanos() / 1e9;
            System.out.printf(Locale.ROOT, "training on %s: %,d rows x %d epochs in %.1f s: %.1f s/epoch, %,.0f rows/s, loss %s%n",
                device, rows, epochs, seconds, seconds / epochs, report.rowsPerSecond(), report.epochLosses());
            scoreInBatches(model, vectors, scoringBatch);
            long start = System.nanoTime();
            scoreInBatches(model, vectors, scoringBatch);
            double scoringSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "batched scoring (%d rows a batch, after a warm-up pass): %,.0f rows/s%n", scoringBatch, rows / scoringSeconds);
            DenseAutoencoder dense = DenseAutoencoder.of(model);
            double checksum = 0;
            start = System.nanoTime();
            for (float[] row : vectors) {
                checksum += dense.rowError(row);
            }
            double denseSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "one row at a time in Java, one thread (the ingest path): %,.0f rows/s, %.2f us a row (mean error %.4f)%n",
                rows / denseSeconds, denseSeconds * 1e6 / rows, checksum / rows);
        }
        System.out.println(MemoryUse.peaksLine(MemoryUse.peakHeapMegabytes(), MemoryUse.peakRssMegabytes()));
    }

    private static void scoreInBatches(TrainedAutoencoder model, float[][] vectors, int batchSize) {
        for (int from = 0; from < vectors.length; from += batchSize) {
            float[][] batch = new float[Math.min(batchSize, vectors.length - from)][];
            System.arraycopy(vectors, from, batch, 0, batch.length);
            model.rowErrors(batch);
        }
    }

    /** Demo logins, as many users as it takes to reach the row count over four weeks. */
    private static float[][] vectors(int rows) {
        int users = (int) Math.min(10_000, Math.max(20, rows / 280L));
        DemoLoginConfig config = DemoLoginConfig.defaults().withUsers(users);
        long profileEnd = config.start().toEpochMilli() + (config.end().toEpochMilli() - config.start().toEpochMilli()) / 5;
        LoginFeaturizer featurizer = new LoginFeaturizer();
        EntityProfileBuilder builder = new EntityProfileBuilder();
        for (LoginEvent event : new DemoLoginGenerator(config)) {
            if (event.timestamp().toEpochMilli() >= profileEnd) {
                break;
            }
            LoginFeatures features = featurizer.featurize(event, null);
            builder.add(features.user(), features.source(), features.destination(), features.time().hourOfDay(), features.sourceCountry());
        }
        EntityProfile profile = builder.build("bench");
        LoginVectorizer vectorizer = new LoginVectorizer();
        float[][] vectors = new float[rows][];
        int filled = 0;
        while (filled < rows) {
            Iterator<LoginEvent> events = new DemoLoginGenerator(config).iterator();
            while (filled < rows && events.hasNext()) {
                vectors[filled++] = vectorizer.vectorize(featurizer.featurize(events.next(), profile));
            }
        }
        System.out.printf(Locale.ROOT, "%,d rows of %d features from %,d demo users%n", rows, vectorizer.dimension(), users);
        return vectors;
    }
}

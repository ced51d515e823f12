package io.ueba.tools.cli;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.dataset.LoginFormat;
import io.ueba.ml.dataset.NodeMapping;
import io.ueba.ml.engine.TorchEngineLoader;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.eval.EvalModels;
import io.ueba.tools.eval.EvaluationReport;
import io.ueba.tools.eval.EvaluationSplit;
import io.ueba.tools.eval.LoginScoring;
import io.ueba.tools.eval.NodeScoring;
import io.ueba.tools.eval.OfflineScoring;
import io.ueba.tools.eval.Phases;
import io.ueba.tools.eval.SeededRun;
import io.ueba.tools.eval.SimulatedMapping;
import io.ueba.tools.load.OpenSearchHttp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eval}: measures detection quality on labelled logins through the product's own path (a node: pipeline,
 * training job, scoring at ingest), or in this process with {@code --mode offline}.
 */
final class EvalCommand {

    static final String USAGE = """
        eval --format lanl|book|zeek-ssh|zeek-kerberos|zeek-ntlm|ecs|windows|sshd --events FILE [--labels FILE]... [--train FILE | --train-until T] [--mode node|offline]
             [--seeds 42,7,123] [--models autoencoder,rarity] [--model-settings JSON] [--url URL] [--cache DIR] [--lanl-epoch ISO-INSTANT]
          --train-until: in the file's own time unit (lanl: seconds; others: an ISO instant or date, or epoch seconds);
          without it and --train, the split is the start of the first attack's day
          --seeds: train and score once per seed (default 42), then the mean and spread of each figure across them
          --models: the kinds to train (default autoencoder); each is reported, and their combined score
          --model-settings: settings of a job's models by kind, over the defaults: '{"rgcn": {"embedding_dim": 64}}'
          windows and sshd are mapped by the node's ueba-windows and ueba-sshd pipelines, read through --url in either mode""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCommand() {}

    static void run(CommandLine args, PrintStream out) throws Exception {
        LoginFormat format = LoginFormat.fromName(args.required("format"));
        Path events = existing(args.required("events"), "events");
        List<Path> labels = args.all("labels").stream().map(path -> existing(path, "labels")).toList();
        String trainFile = args.string("train", null);
        String trainUntil = args.string("train-until", null);
        String mode = args.string("mode", "node");
        List<Long> seeds = seeds(args.string("seeds", String.valueOf(AutoencoderConfig.defaults().seed())));
        EvalModels models = new EvalModels(List.of(args.string("models", AutoencoderKind.NAME).split(",", -1)),
            modelSettings(args.string("model-settings", "{}")));
        Instant lanlEpoch = LoadCommand.lanlEpoch(args.string("lanl-epoch", LoginFormat.Options.DEFAULT_LANL_EPOCH.toString()));
        URI url = args.url();
        Path cache = Path.of(args.string("cache", ".ueba/djl-cache"));
        LoginScoring scoring = switch (mode) {
            case "node" -> new NodeScoring(new OpenSearchHttp(url), models);
            case "offline" -> {
                new TorchEngineLoader(cache, EvalCommand.class.getClassLoader()).load();
                yield new OfflineScoring(Engine.getEngine("PyTorch").defaultDevice(), models);
            }
            default -> throw new IllegalArgumentException("[--mode] must be node or offline, got [" + mode + "]");
        };
        if (trainFile != null && trainUntil != null) {
            throw new IllegalArgumentException("[--train] and [--train-until] are two ways to split: give one");
        }
        args.rejectUnknown();

        Phases phases = new Phases();
        LoginFormat.Options options = new LoginFormat.Options(lanlEpoch, labels, models.attributeFields());
        NodeMapping mapping = format.ingestPipeline() == null ? null : new SimulatedMapping(new OpenSearchHttp(url));
        List<LoginEvent> all = phases.time("read", () -> readAll(format, events, "events", options, mapping));
        EvaluationSplit split;
        if (trainFile != null) {
            List<LoginEvent> train = phases.time("read", () -> readAll(format, existing(trainFile, "train"), "train", new LoginFormat.Options(lanlEpoch, List.of(), options.attributeFields()), mapping));
            split = new EvaluationSplit(train, all, null);
        } else {
            split = EvaluationSplit.at(all, trainUntil != null ? instant(trainUntil, format, lanlEpoch) : EvaluationSplit.defaultSplit(all));
        }
        System.err.println("training on " + split.train().size() + " logins, scoring " + split.test().size() + " held out (" + mode + " mode)");
        List<SeededRun> runs = scoring.score(split.train(), split.test(), seeds, phases);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("format", format.cliName());
        context.put("mode", mode);
        context.put("events", events.toString());
        context.put("train", trainFile != null ? trainFile : "logins before " + split.at());
        context.put("train_logins", split.train().size());
        context.put("test_logins", split.test().size());
        context.put(seeds.size() == 1 ? "seed" : "seeds", seeds.size() == 1 ? seeds.getFirst() : seeds);
        context.put("models", models.kinds());
        if (models.settings().isEmpty() == false) {
            context.put("model_settings", models.settings());
        }
        new EvaluationReport(context, phases).print(runs, out);
    }

    /** {@code {"rgcn": {"embedding_dim": 64}}}: an object of settings objects by kind, which {@link EvalModels} checks. */
    static Map<String, Map<String, Object>> modelSettings(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("[" + EvalModels.SETTINGS_OPTION + "] is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isObject() == false) {
            throw new IllegalArgumentException("[" + EvalModels.SETTINGS_OPTION + "] must be an object of settings by kind, like "
                + "{\"rgcn\": {\"embedding_dim\": 64}}, got [" + json + "]");
        }
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> kind : root.properties()) {
            if (kind.getValue().isObject() == false) {
                throw new IllegalArgumentException("[" + EvalModels.SETTINGS_OPTION + "." + kind.getKey() + "] must be an object of settings, got ["
                    + kind.getValue() + "]");
            }
            byKind.put(kind.getKey(), JSON.convertValue(kind.getValue(), new TypeReference<Map<String, Object>>() {}));
        }
        return byKind;
    }

    /** {@code 42,7,123}: distinct whole numbers, each a run of its own. */
    static List<Long> seeds(String text) {
        List<Long> seeds = new ArrayList<>();
        for (String seed : text.split(",", -1)) {
            try {
                seeds.add(Long.parseLong(seed.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("[--seeds] must be whole numbers separated by commas, like 42,7,123, got [" + text + "]");
            }
        }
        if (new HashSet<>(seeds).size() < seeds.size()) {
            throw new IllegalArgumentException("[--seeds] names a seed twice, and the same seed trains the same model: [" + text + "]");
        }
        return seeds;
    }

    /** An instant in the file's own time unit: LANL counts seconds from its epoch; otherwise ISO or epoch seconds. */
    static Instant instant(String text, LoginFormat format, Instant lanlEpoch) {
        try {
            if (text.matches("\\d+")) {
                long seconds = Long.parseLong(text);
                return format == LoginFormat.LANL ? lanlEpoch.plusSeconds(seconds) : Instant.ofEpochSecond(seconds);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("[--train-until] is not a time like 2019-01-01, 2019-01-01T00:00:00Z or seconds: [" + text + "]");
        }
    }

    /** A log file as {@code load} reads it, gzipped or not. */
    private static List<LoginEvent> readAll(LoginFormat format, Path file, String option, LoginFormat.Options options, NodeMapping mapping) throws IOException {
        try {
            return format.readAll(new InputStreamReader(LoadCommand.decompressed(file, Files.newInputStream(file)), StandardCharsets.UTF_8), options, mapping);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[--" + option + "] " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path existing(String file, String option) {
        try {
            return InputFile.readable(file);
        } catch (FileSystemException e) {
            throw new IllegalArgumentException("[--" + option + "] " + InputFile.describe(e), e);
        }
    }
}

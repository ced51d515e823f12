package io.ueba.ml.cli;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The command-line tools behind {@code bin/ueba}: loading logs into a node, measuring ingest and training, evaluating detection. */
public final class UebaCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private UebaCli() {}

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs a command and returns its exit status: {@link #OK}, {@link #FAILED} or {@link #BAD_USAGE}. */
    public static int run(String... argv) {
        if (argv.length == 0) {
            usage();
            return BAD_USAGE;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            switch (argv[0]) {
                case "load" -> LoadCommand.run(new CommandLine(rest));
                case "load-demo" -> LoadDemoCommand.run(new CommandLine(rest));
                case "bench-ingest" -> IngestBenchmark.run(new CommandLine(rest));
                case "bench-train" -> TrainingBenchmark.run(new CommandLine(rest));
                case "eval" -> EvalCommand.run(new CommandLine(rest), System.out);
                default -> {
                    usage();
                    return BAD_USAGE;
                }
            }
            return OK;
        } catch (IllegalArgumentException e) {
            System.err.println("ueba: " + e.getMessage());
            return BAD_USAGE;
        } catch (IllegalStateException | UncheckedIOException e) {
            System.err.println("ueba: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return FAILED;
        } catch (Exception e) {
            System.err.println("ueba: " + e);
            return FAILED;
        }
    }

    private static void usage() {
        System.err.println("usage:\n  " + String.join("\n  ", LoadCommand.USAGE, LoadDemoCommand.USAGE, EvalCommand.USAGE, IngestBenchmark.USAGE, TrainingBenchmark.USAGE));
    }
}

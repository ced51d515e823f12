package io.ueba.tools.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line tools behind {@code bin/ueba}: loading logs into a node, generating them, measuring ingest and training, evaluating
 * detection. {@code ueba [--setting value]... COMMAND [argument]...}: settings before the command come from the
 * launcher (where the node is, where the engine's natives go) and stand in for the options a command is not given.
 */
public final class UebaCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private interface Action {
        void run(CommandLine args) throws Exception;
    }

    /** A command by its name; one that needs arguments prints its usage when it gets none. */
    private record Command(String name, String usage, boolean needsArguments, Action action) {}

    private static final List<Command> COMMANDS = List.of(
        new Command("load", LoadCommand.USAGE, true, LoadCommand::run),
        new Command("load-demo", LoadDemoCommand.USAGE, false, LoadDemoCommand::run),
        new Command("gen-lanl", GenLanlCommand.USAGE, true, GenLanlCommand::run),
        new Command("eval", EvalCommand.USAGE, true, args -> EvalCommand.run(args, System.out)),
        new Command("bench-ingest", IngestBenchmark.USAGE, false, IngestBenchmark::run),
        new Command("bench-train", TrainingBenchmark.USAGE, false, TrainingBenchmark::run)
    );

    private static final Set<String> HELP = Set.of("--help", "-h");

    private UebaCli() {}

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs a command and returns its exit status: {@link #OK}, {@link #FAILED} or {@link #BAD_USAGE}. */
    public static int run(String... argv) {
        Map<String, String> settings = new HashMap<>();
        int at = 0;
        while (at + 1 < argv.length && argv[at].startsWith("--")) {
            settings.put(argv[at].substring(2), argv[at + 1]);
            at += 2;
        }
        String name = at < argv.length ? argv[at] : null;
        Command command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            System.err.println("usage:\n  " + String.join("\n  ", COMMANDS.stream().map(Command::usage).toList()));
            return BAD_USAGE;
        }
        List<String> args = Arrays.asList(argv).subList(at + 1, argv.length);
        if (args.stream().anyMatch(HELP::contains)) {
            System.out.println("usage: " + command.usage());
            return OK;
        }
        if (args.isEmpty() && command.needsArguments()) {
            System.err.println("usage: " + command.usage());
            return BAD_USAGE;
        }
        try {
            command.action().run(new CommandLine(args, settings));
            return OK;
        } catch (IllegalArgumentException e) {
            System.err.println("ueba: " + e.getMessage());
            return BAD_USAGE;
        } catch (FileSystemException e) {
            System.err.println("ueba: " + InputFile.describe(e));
            return BAD_USAGE;
        } catch (IllegalStateException | UncheckedIOException e) {
            System.err.println("ueba: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return FAILED;
        } catch (Exception e) {
            System.err.println("ueba: " + e);
            return FAILED;
        }
    }
}

package io.ueba.tools.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ueba.ml.dataset.ParsedLine;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.tools.load.BulkLoader;
import io.ueba.tools.load.LoadReport;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;
import io.ueba.tools.load.ProgressLine;
import io.ueba.tools.synth.DemoLoginConfig;
import io.ueba.tools.synth.DemoLoginGenerator;
import io.ueba.tools.synth.InjectedAttack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

/** {@code load-demo}: generates the demo enterprise's logins and bulk-loads them, then lists the injected attacks. */
final class LoadDemoCommand {

    static final String USAGE = """
        load-demo [--index logins-demo] [--seed N] [--users N] [--days N] [--start YYYY-MM-DD] [--batch-size N] [--url URL] [--out FILE.ndjson]
          --start: the first day (UTC), for a reproducible run; without it the last day is today
          --out: write the logins, labels included, as ECS NDJSON to the file instead of loading them (for 'eval --format ecs')""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadDemoCommand() {}

    static void run(CommandLine args) throws IOException {
        String index = args.string("index", "logins-demo");
        DemoLoginConfig config = config(args, Clock.systemUTC());
        int batchSize = args.integer("batch-size", 1000, 1);
        OpenSearchHttp node = new OpenSearchHttp(args.url());
        String out = args.string("out", null);
        args.rejectUnknown();
        if (out != null) {
            write(new DemoLoginGenerator(config), Path.of(out));
            return;
        }

        LoginIndices.setUp(node, index);
        DemoLoginGenerator generator = new DemoLoginGenerator(config);
        TimeProgress progress = new TimeProgress(config.start(), config.end(), generator.iterator());
        System.err.println("loading the demo enterprise (" + config.users() + " users, " + config.days() + " days from " + config.start() + ", seed "
            + config.seed() + ") into " + index);
        LoadReport report = new BulkLoader(node, index, batchSize).load(progress, progress::fraction, ProgressLine.onTerminal());
        System.out.println("injected attacks (labelled in label.attack / label.scenario):");
        for (InjectedAttack attack : generator.injectedAttacks()) {
            System.out.println("  " + attack.describe());
        }
        LoadCommand.printAndCheck(report);
    }

    /**
     * The demo the options ask for. Unless {@code --start} pins its first day, its last day is today (UTC): the training
     * windows of {@code _train} and of jobs reach back from now, and would lose a demo fixed in time as the calendar
     * moves on. The same seed and start always give the same logins.
     */
    static DemoLoginConfig config(CommandLine args, Clock clock) {
        DemoLoginConfig defaults = DemoLoginConfig.defaults();
        int days = args.integer("days", defaults.days(), DemoLoginConfig.MIN_DAYS, DemoLoginConfig.MAX_DAYS);
        String start = args.string("start", null);
        LocalDate firstDay = start == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days - 1) : day(start);
        return defaults
            .withSeed(args.integer("seed", (int) defaults.seed(), 0))
            .withUsers(args.integer("users", defaults.users(), DemoLoginConfig.MIN_USERS, DemoLoginConfig.MAX_USERS))
            .withPeriod(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(), days);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("[--start] is not a day like 2026-10-01: [" + text + "]");
        }
    }

    private static void write(DemoLoginGenerator generator, Path file) throws IOException {
        long written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Iterator<LoginEvent> events = generator.iterator();
            while (events.hasNext()) {
                writer.write(JSON.writeValueAsString(EcsLoginDocument.toDocument(events.next())));
                writer.newLine();
                written++;
            }
        }
        System.out.println("wrote " + written + " demo logins to " + file);
        for (InjectedAttack attack : generator.injectedAttacks()) {
            System.out.println("  " + attack.describe());
        }
    }

    /** Numbers the generated logins as lines and tells how far through the simulated period they are. */
    private static final class TimeProgress implements Iterator<ParsedLine> {

        private final Instant start;
        private final Duration period;
        private final Iterator<LoginEvent> events;
        private long line;
        private Instant last;

        TimeProgress(Instant start, Instant end, Iterator<LoginEvent> events) {
            this.start = start;
            this.period = Duration.between(start, end);
            this.events = events;
            this.last = start;
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public ParsedLine next() {
            LoginEvent event = events.next();
            last = event.timestamp();
            return new ParsedLine.Login(++line, event);
        }

        double fraction() {
            return (double) Duration.between(start, last).toMillis() / period.toMillis();
        }
    }
}

package io.ueba.tools.cli;

import io.ueba.ml.dataset.LoginFormat;
import io.ueba.ml.dataset.LoginReader;
import io.ueba.tools.load.BulkLoader;
import io.ueba.tools.load.CountingInputStream;
import io.ueba.tools.load.LoadReport;
import io.ueba.tools.load.LoginIndices;
import io.ueba.tools.load.OpenSearchHttp;
import io.ueba.tools.load.ProgressLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.zip.GZIPInputStream;

/** {@code load}: reads a log file of a known format and bulk-loads it into a {@code logins-*} index. */
final class LoadCommand {

    static final String USAGE = """
        load --format FORMAT [--index logins-NAME] [--labels FILE]... [--lanl-epoch ISO-INSTANT] [--batch-size N] [--url URL] FILE[.gz]
          FORMAT: lanl | zeek-ssh | zeek-kerberos | zeek-ntlm | book-ch11 | ecs-ndjson | windows | sshd
          windows and sshd: raw events, sent through the node's ueba-windows or ueba-sshd pipeline
          --labels: lanl's redteam.txt, or the book dataset's hackers_*.csv files (repeat the option)""";

    private LoadCommand() {}

    static void run(CommandLine args) throws IOException {
        LoginFormat format = LoginFormat.fromName(args.required("format"));
        String index = args.string("index", "logins-" + format.cliName());
        List<String> labelFiles = args.all("labels");
        Instant epoch = lanlEpoch(args.string("lanl-epoch", LoginFormat.Options.DEFAULT_LANL_EPOCH.toString()));
        int batchSize = args.integer("batch-size", 1000, 1);
        OpenSearchHttp node = new OpenSearchHttp(args.url());
        String fileName = args.onePositional("file to load");
        args.rejectUnknown();
        Path file = InputFile.readable(fileName);
        List<Path> labels = new ArrayList<>();
        for (String labelFile : labelFiles) {
            labels.add(InputFile.readable(labelFile));
        }

        long size = Files.size(file);
        try (
            CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
            LoginReader reader = format.open(new InputStreamReader(decompressed(file, counted), StandardCharsets.UTF_8), new LoginFormat.Options(epoch, labels))
        ) {
            LoginIndices.setUp(node, index);
            System.err.println("loading " + file + " (" + format.cliName() + ") into " + index);
            BulkLoader loader = new BulkLoader(node, index, batchSize);
            if (format.ingestPipeline() != null) {
                loader = loader.withPipeline(format.ingestPipeline());
            }
            LoadReport report = loader.load(reader, fraction(file, size, counted, reader), ProgressLine.onTerminal());
            printAndCheck(report);
        }
    }

    /**
     * How far through the file the load is, by the lines read; for a gzipped file, whose lines are longer than its
     * bytes, by the compressed bytes read, of which the decompressor runs ahead a buffer's worth, little next to a
     * file worth compressing.
     */
    private static DoubleSupplier fraction(Path file, long size, CountingInputStream compressed, LoginReader reader) {
        if (size == 0) {
            return () -> 1;
        }
        return gzipped(file) ? () -> (double) compressed.count() / size : () -> (double) reader.bytesRead() / size;
    }

    /**
     * Prints the load's summary and the first reasons, and fails the command when lines were not indexed, so that a
     * script sees the exit status; the last line says why.
     */
    static void printAndCheck(LoadReport report) {
        System.out.println(report.summary());
        report.examples().forEach(example -> System.out.println("  " + example));
        if (report.notIndexed() > 0) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%,d of %,d lines were not indexed (%,d rejected, %,d failed); the first reasons are above",
                report.notIndexed(), report.lines(), report.rejected(), report.failed()));
        }
    }

    /** LANL ships auth.txt gzipped (tens of GB unpacked): read it as it is. Progress counts the compressed bytes. */
    static InputStream decompressed(Path file, InputStream in) throws IOException {
        return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    static Instant lanlEpoch(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("[--lanl-epoch] is not an ISO-8601 instant like 2015-01-01T00:00:00Z: [" + text + "]");
        }
    }
}

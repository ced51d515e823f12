package io.ueba.ml.dataset;

import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginAttributes;
import io.ueba.ml.login.LoginEvent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The log formats the loaders read, by the name a command line gives them. Most are mapped into the login schema
 * here, by their reader; the raw logs a collector would ship to a node's own pipeline ({@link #ingestPipeline()}) are
 * sent as they are and mapped there, so that there is one mapping of them.
 */
public enum LoginFormat {
    LANL("lanl", "lanl", null),
    ZEEK_SSH("zeek-ssh", "zeek-ssh", null),
    ZEEK_KERBEROS("zeek-kerberos", "zeek-kerberos", null),
    ZEEK_NTLM("zeek-ntlm", "zeek-ntlm", null),
    BOOK_CH11("book-ch11", "book", null),
    ECS_NDJSON("ecs-ndjson", "ecs", null),
    /** Windows Security events, one JSON object a line, as Winlogbeat, NXLog or Windows Event Forwarding write them. */
    WINDOWS("windows", "windows", "ueba-windows"),
    /** sshd's lines of a syslog file, or journald's JSON export. */
    SSHD("sshd", "sshd", "ueba-sshd");

    /**
     * How to read a format.
     *
     * @param lanlEpoch       the instant LANL's time 0 stands for
     * @param labelFiles      ground truth: LANL's redteam.txt, or the book dataset's hackers_*.csv files
     * @param attributeFields the further fields of a login document that models will read ({@code ssh.client}), kept
     *                        with each login read from a document, as ingest keeps them for the models in use
     */
    public record Options(Instant lanlEpoch, List<Path> labelFiles, Set<String> attributeFields) {

        public static final Instant DEFAULT_LANL_EPOCH = Instant.parse("2015-01-01T00:00:00Z");

        public Options {
            labelFiles = List.copyOf(labelFiles);
            attributeFields = Set.copyOf(attributeFields);
        }

        public Options(Instant lanlEpoch, List<Path> labelFiles) {
            this(lanlEpoch, labelFiles, Set.of());
        }
    }


    private static final int MAPPING_BATCH = 1000;

    private final String cliName;
    private final String shortName;
    private final String ingestPipeline;

    LoginFormat(String cliName, String shortName, String ingestPipeline) {
        this.cliName = cliName;
        this.shortName = shortName;
        this.ingestPipeline = ingestPipeline;
    }

    public String cliName() {
        return cliName;
    }

    /** The node's pipeline that maps this format's raw events into the login schema; null when the reader maps them. */
    public String ingestPipeline() {
        return ingestPipeline;
    }

    public static LoginFormat fromName(String name) {
        for (LoginFormat format : values()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (format.cliName.equals(lower) || format.shortName.equals(lower)) {
                return format;
            }
        }
        throw new IllegalArgumentException("[--format] must be one of " + Arrays.stream(values()).map(LoginFormat::cliName).toList() + ", got [" + name + "]");
    }

    /**
     * Reads every login of the input, for commands that hold them all. A line that is not a login (a header, a
     * log-off) is left out, but one that cannot be read is refused: leaving it out would change what is measured.
     *
     * @throws IllegalArgumentException at the first line that cannot be read, naming it and why
     */
    public List<LoginEvent> readAll(Reader in, Options options) throws IOException {
        if (ingestPipeline != null) {
            throw new IllegalArgumentException(cliName + " events are mapped into logins by the node's " + ingestPipeline + " pipeline: read them through a node");
        }
        return readAll(in, options, null);
    }

    /**
     * Reads every login of the input as {@link #readAll(Reader, Options)} does, with the raw events of a format that a
     * node maps ({@link #ingestPipeline()}) mapped by the node in batches.
     */
    public List<LoginEvent> readAll(Reader in, Options options, NodeMapping mapping) throws IOException {
        if (ingestPipeline != null && mapping == null) {
            throw new IllegalArgumentException(cliName + " needs the node's mapping");
        }
        List<LoginEvent> logins = new ArrayList<>();
        List<ParsedLine.Document> unmapped = new ArrayList<>();
        try (LoginReader reader = open(in, options)) {
            while (reader.hasNext()) {
                ParsedLine line = reader.next();
                if (ingestPipeline != null && line instanceof ParsedLine.Document document) {
                    unmapped.add(document);
                    if (unmapped.size() == MAPPING_BATCH) {
                        mapping.map(ingestPipeline, unmapped).forEach(mapped -> add(logins, mapped, options));
                        unmapped.clear();
                    }
                } else {
                    add(logins, line, options);
                }
            }
        }
        if (unmapped.isEmpty() == false) {
            mapping.map(ingestPipeline, unmapped).forEach(mapped -> add(logins, mapped, options));
        }
        return logins;
    }

    private static void add(List<LoginEvent> logins, ParsedLine line, Options options) {
        switch (line) {
            case ParsedLine.Login login -> logins.add(withAttributes(login.event(), options.attributeFields()));
            case ParsedLine.Document document -> logins.add(documentLogin(document, options.attributeFields()));
            case ParsedLine.Rejected rejected -> throw unreadable(rejected.line(), rejected.reason());
            case ParsedLine.Skipped skipped -> {}
        }
    }

    /**
     * A login a reader made from a log line keeps the fields models read as its login document would have them, the
     * form it is loaded into a node in: what a node's training and ingest read, an evaluation in this process reads.
     */
    private static LoginEvent withAttributes(LoginEvent login, Set<String> attributeFields) {
        // the document is made only when a model asks for a field: most evaluations read millions of lines
        return attributeFields.isEmpty() ? login : LoginAttributes.attach(login, EcsLoginDocument.toDocument(login), attributeFields);
    }

    private static LoginEvent documentLogin(ParsedLine.Document document, Set<String> attributeFields) {
        try {
            return EcsDocumentLogin.read(document.json(), attributeFields);
        } catch (IllegalArgumentException e) {
            throw unreadable(document.line(), e.getMessage());
        }
    }

    private static IllegalArgumentException unreadable(long line, String reason) {
        return new IllegalArgumentException("line " + line + " cannot be read: " + reason);
    }

    /** Opens a reader of this format over the input; the reader owns and closes it. */
    public LoginReader open(Reader in, Options options) throws IOException {
        return switch (this) {
            case LANL -> new LanlAuthReader(in, options.lanlEpoch(), options.labelFiles().isEmpty() ? null : lanlLabels(options.labelFiles()));
            case BOOK_CH11 -> new BookCh11Reader(in, options.labelFiles().isEmpty() ? null : bookLabels(options.labelFiles()));
            case ZEEK_SSH -> new ZeekSshReader(withoutLabels(in, options));
            case ZEEK_KERBEROS -> new ZeekKerberosReader(withoutLabels(in, options));
            case ZEEK_NTLM -> new ZeekNtlmReader(withoutLabels(in, options));
            case ECS_NDJSON, WINDOWS -> new EcsNdjsonReader(withoutLabels(in, options));
            case SSHD -> new SyslogLineReader(withoutLabels(in, options));
        };
    }

    private Reader withoutLabels(Reader in, Options options) {
        if (options.labelFiles().isEmpty() == false) {
            throw new IllegalArgumentException("[--labels] are not read for " + cliName + ": its labels, if any, are in the log itself");
        }
        return in;
    }

    private static LanlRedteamLabels lanlLabels(List<Path> files) throws IOException {
        if (files.size() != 1) {
            throw new IllegalArgumentException("[--labels] for lanl is one redteam.txt, got " + files.size() + " files");
        }
        try (Reader in = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
            return LanlRedteamLabels.read(in);
        }
    }

    private static BookCh11Labels bookLabels(List<Path> files) throws IOException {
        List<Reader> readers = new ArrayList<>();
        try {
            for (Path file : files) {
                readers.add(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            }
            return BookCh11Labels.read(readers);
        } finally {
            for (Reader reader : readers) {
                reader.close();
            }
        }
    }
}

package io.ueba.ml.dataset;

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

/** The log formats the loaders read, by the name a command line gives them. */
public enum LoginFormat {
    LANL("lanl", "lanl"),
    ZEEK_SSH("zeek-ssh", "zeek-ssh"),
    ZEEK_KERBEROS("zeek-kerberos", "zeek-kerberos"),
    ZEEK_NTLM("zeek-ntlm", "zeek-ntlm"),
    BOOK_CH11("book-ch11", "book"),
    ECS_NDJSON("ecs-ndjson", "ecs");

    /**
     * How to read a format.
     *
     * @param lanlEpoch  the instant LANL's time 0 stands for
     * @param labelFiles ground truth: LANL's redteam.txt, or the book dataset's hackers_*.csv files
     */
    public record Options(Instant lanlEpoch, List<Path> labelFiles) {

        public static final Instant DEFAULT_LANL_EPOCH = Instant.parse("2015-01-01T00:00:00Z");

        public Options {
            labelFiles = List.copyOf(labelFiles);
        }
    }


    private final String cliName;
    private final String shortName;

    LoginFormat(String cliName, String shortName) {
        this.cliName = cliName;
        this.shortName = shortName;
    }

    public String cliName() {
        return cliName;
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
        List<LoginEvent> logins = new ArrayList<>();
        try (LoginReader reader = open(in, options)) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case ParsedLine.Login login -> logins.add(login.event());
                    case ParsedLine.Document document -> logins.add(documentLogin(document));
                    case ParsedLine.Rejected rejected -> throw unreadable(rejected.line(), rejected.reason());
                    case ParsedLine.Skipped skipped -> {}
                }
            }
        }
        return logins;
    }

    private static LoginEvent documentLogin(ParsedLine.Document document) {
        try {
            return EcsDocumentLogin.read(document.json());
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
            case ECS_NDJSON -> new EcsNdjsonReader(withoutLabels(in, options));
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

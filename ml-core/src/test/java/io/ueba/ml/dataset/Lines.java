package io.ueba.ml.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole (small, test-sized) reader into a list, and takes its lines apart. */
final class Lines {

    private Lines() {}

    static List<ParsedLine> all(LoginReader reader) {
        List<ParsedLine> lines = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static ParsedLine.Login login(ParsedLine line) {
        if (line instanceof ParsedLine.Login login) {
            return login;
        }
        throw new AssertionError("expected a login, got " + line);
    }

    static ParsedLine.Document document(ParsedLine line) {
        if (line instanceof ParsedLine.Document document) {
            return document;
        }
        throw new AssertionError("expected a document, got " + line);
    }

    static String rejection(ParsedLine line) {
        if (line instanceof ParsedLine.Rejected rejected) {
            return rejected.reason();
        }
        throw new AssertionError("expected a rejected line, got " + line);
    }

    static String skipReason(ParsedLine line) {
        if (line instanceof ParsedLine.Skipped skipped) {
            return skipped.reason();
        }
        throw new AssertionError("expected a skipped line, got " + line);
    }

    /** One row of a Zeek TSV log. */
    static String tsvRow(String... values) {
        return String.join("\t", values);
    }
}

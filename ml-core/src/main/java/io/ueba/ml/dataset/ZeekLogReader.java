package io.ueba.ml.dataset;

import java.io.Reader;
import java.util.List;

/**
 * A Zeek log in either form Zeek writes, told apart line by line: TSV under its {@code #} header lines (see
 * {@link ZeekTsvHeader}; columns are found by their {@code #fields} names), or one JSON object per line
 * ({@code LogAscii::use_json}). Each row reaches the format as a {@link ZeekRow}, which reads both the same way.
 * Header lines are skipped, but a {@code #fields} line that lacks a field the format needs is rejected, and so is
 * every TSV row under it: the log is not of this format.
 */
abstract class ZeekLogReader extends LoginReader {

    private final List<String> neededFields;
    private ZeekTsvHeader header = ZeekTsvHeader.DEFAULT;
    /** Why the rows under the current {@code #fields} cannot be read; null when they can. */
    private String headerProblem;

    /** @param neededFields the fields a TSV log of this format must have in {@code #fields} */
    protected ZeekLogReader(Reader in, List<String> neededFields) {
        super(in);
        this.neededFields = List.copyOf(neededFields);
    }

    /**
     * Maps one row to a login, or says why it is none.
     *
     * @throws Columns.BadColumn for a field that cannot be read, which rejects the line
     */
    protected abstract ParsedLine read(long line, ZeekRow row);

    /**
     * A line before any {@code #fields} header that is not JSON: rejected, unless the format knows a headerless form.
     *
     * @throws Columns.BadColumn for a field that cannot be read, which rejects the line
     */
    protected ParsedLine readWithoutHeader(long line, String text) {
        return new ParsedLine.Rejected(line, "neither a JSON object nor a row after a #fields header");
    }

    @Override
    protected final ParsedLine parse(long line, String text) {
        try {
            if (text.startsWith("#")) {
                return header(line, text);
            }
            if (text.isBlank()) {
                return new ParsedLine.Skipped(line, "blank line");
            }
            if (text.stripLeading().startsWith("{")) {
                return read(line, ZeekRow.json(text));
            }
            if (headerProblem != null) {
                return new ParsedLine.Rejected(line, headerProblem);
            }
            return header.hasFields() ? read(line, header.row(text)) : readWithoutHeader(line, text);
        } catch (Columns.BadColumn e) {
            return new ParsedLine.Rejected(line, e.getMessage());
        }
    }

    private ParsedLine header(long line, String text) {
        header = header.read(text);
        if (text.startsWith("#fields")) {
            List<String> missing = header.missing(neededFields);
            headerProblem = missing.isEmpty() ? null : "#fields lacks " + String.join(", ", missing);
            if (headerProblem != null) {
                return new ParsedLine.Rejected(line, headerProblem);
            }
        }
        return new ParsedLine.Skipped(line, "header");
    }
}

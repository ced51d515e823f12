package io.ueba.ml.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code #} lines of a Zeek TSV log say about the rows after them: the separator ({@code #separator \x09}),
 * the field names ({@code #fields}), and how unset and empty values are written ({@code #unset_field},
 * {@code #empty_field}). The other header lines ({@code #path}, {@code #types}, {@code #open}, {@code #close}) change
 * nothing. Immutable: reading a header line gives the header that holds from then on.
 */
final class ZeekTsvHeader {

    /** Zeek's defaults, before any header line; it names no fields. */
    static final ZeekTsvHeader DEFAULT = new ZeekTsvHeader("\t", "-", "(empty)", new String[0]);

    private static final String SEPARATOR_LINE = "#separator ";
    private static final Pattern HEX_ESCAPE = Pattern.compile("\\\\x(\\p{XDigit}{2})");

    private final String separator;
    private final Pattern splitter;
    private final String unset;
    private final String empty;
    private final String[] names;
    private final Map<String, Integer> index;

    private ZeekTsvHeader(String separator, String unset, String empty, String[] names) {
        this.separator = separator;
        this.splitter = Pattern.compile(Pattern.quote(separator));
        this.unset = unset;
        this.empty = empty;
        this.names = names;
        this.index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(names[i], i);
        }
    }

    /** A header naming these fields, with Zeek's default markers: for a log written without header lines. */
    static ZeekTsvHeader of(String... names) {
        return DEFAULT.withFields(names.clone());
    }

    /**
     * The header after this line, which starts with {@code #}.
     *
     * @throws Columns.BadColumn for a {@code #separator} that gives none
     */
    ZeekTsvHeader read(String line) {
        if (line.startsWith(SEPARATOR_LINE)) {
            String newSeparator = unescape(line.substring(SEPARATOR_LINE.length()));
            if (newSeparator.isEmpty()) {
                throw new Columns.BadColumn("[#separator] is empty");
            }
            return new ZeekTsvHeader(newSeparator, unset, empty, names);
        }
        String[] parts = splitter.split(line, -1);
        String value = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "#fields" -> withFields(Arrays.copyOfRange(parts, 1, parts.length));
            case "#unset_field" -> new ZeekTsvHeader(separator, value, empty, names);
            case "#empty_field" -> new ZeekTsvHeader(separator, unset, value, names);
            default -> this;
        };
    }

    boolean hasFields() {
        return names.length > 0;
    }

    /** Those of the given fields that {@code #fields} does not name. */
    List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            if (index.containsKey(field) == false) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Splits a row at the separator. */
    ZeekRow row(String text) {
        return row(splitter.split(text, -1));
    }

    /** A row of values in the order of {@code #fields}. */
    ZeekRow row(String[] values) {
        if (values.length < names.length) {
            throw new Columns.BadColumn("expected " + names.length + " columns, found " + values.length);
        }
        return new ZeekRow.Tsv(this, values);
    }

    /** Where the field is in a row; -1 when the header does not name it. */
    int indexOf(String field) {
        return index.getOrDefault(field, -1);
    }

    /** Whether a value (trimmed) stands for no value: unset, empty, or blank. */
    boolean isNoValue(String value) {
        return value.isEmpty() || value.equals(unset) || value.equals(empty);
    }

    private ZeekTsvHeader withFields(String[] newNames) {
        return new ZeekTsvHeader(separator, unset, empty, newNames);
    }

    /** Zeek writes a separator that is not printable as {@code \xHH}. */
    private static String unescape(String text) {
        Matcher escape = HEX_ESCAPE.matcher(text);
        return escape.replaceAll(match -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }
}

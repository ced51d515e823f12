package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Zeek (Bro) {@code ssh.log}, in either of two forms, told apart by the first line:
 * <ul>
 * <li>Zeek's TSV with its {@code #fields} header: columns are found by name ({@code ts}, {@code id.orig_h},
 * {@code id.resp_h}, {@code auth_success}, and {@code user} where the site logs it);</li>
 * <li>the headerless 15-column form of the MACCDC 2012 capture:
 * {@code ts uid src_ip src_port dst_ip dst_port auth_result direction client server ...}.</li>
 * </ul>
 * ssh.log rarely names the user; without a {@code user} column the user is {@value #UNKNOWN_USER}, and the login's
 * features rest on its source and destination.
 */
public final class ZeekSshReader extends LoginReader {

    public static final String UNKNOWN_USER = "unknown";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String UNSET = "-";
    private static final String EMPTY = "(empty)";
    private static final String[] HEADERLESS = {
        "ts", "uid", "src_ip", "src_port", "dst_ip", "dst_port", "auth_result", "direction", "client", "server" };

    /** Column positions; -1 when the log has no such column. */
    private record Layout(String[] names, int ts, int source, int destination, int outcome, int user) {}

    private Layout layout;
    private boolean headerless;

    public ZeekSshReader(Reader in) {
        super(in);
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (text.startsWith("#")) {
            return header(line, text);
        }
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        if (layout == null) {
            headerless = true;
            layout = new Layout(HEADERLESS, 0, 2, 4, 6, -1);
        }
        try {
            String[] values = headerless ? WHITESPACE.split(text.trim()) : text.split("\t", -1);
            if (values.length < layout.names().length) {
                throw new Columns.BadColumn("expected " + layout.names().length + " columns, found " + values.length);
            }
            Columns row = new Columns(values, layout.names());
            String source = address(row, layout.source());
            String destination = address(row, layout.destination());
            String user = layout.user() < 0 ? null : unset(row.text(layout.user()));
            LoginEvent event = new LoginEvent(
                timestamp(row),
                user == null ? UNKNOWN_USER : user,
                null,
                source,
                null,
                destination,
                destination,
                outcome(row.text(layout.outcome())),
                "ssh",
                "network",
                null,
                null
            );
            return new ParsedLine.Login(line, event);
        } catch (Columns.BadColumn e) {
            return new ParsedLine.Rejected(line, e.getMessage());
        }
    }

    private ParsedLine header(long line, String text) {
        if (text.startsWith("#fields")) {
            String[] fields = text.split("\t", -1);
            String[] names = Arrays.copyOfRange(fields, 1, fields.length);
            List<String> columns = Arrays.asList(names);
            int ts = columns.indexOf("ts");
            int source = columns.indexOf("id.orig_h");
            int destination = columns.indexOf("id.resp_h");
            int outcome = columns.indexOf("auth_success");
            if (ts < 0 || source < 0 || destination < 0 || outcome < 0) {
                return new ParsedLine.Rejected(line, "#fields lacks one of ts, id.orig_h, id.resp_h, auth_success");
            }
            layout = new Layout(names, ts, source, destination, outcome, columns.indexOf("user"));
            headerless = false;
        }
        return new ParsedLine.Skipped(line, "header");
    }

    private Instant timestamp(Columns row) {
        double seconds = row.doubleValue(layout.ts());
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
    }

    private static String address(Columns row, int index) {
        String value = unset(row.text(index));
        if (value == null) {
            throw new Columns.BadColumn("[" + row.name(index) + "] is unset");
        }
        return value;
    }

    private static String unset(String value) {
        return value.isEmpty() || value.equals(UNSET) || value.equals(EMPTY) ? null : value;
    }

    private static LoginOutcome outcome(String value) {
        return switch (value) {
            case "T", "success" -> LoginOutcome.SUCCESS;
            case "F", "failure" -> LoginOutcome.FAILURE;
            default -> LoginOutcome.UNKNOWN;
        };
    }
}

package io.ueba.ml.dataset;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Zeek (Bro) {@code ssh.log}, in any of three forms:
 * <ul>
 * <li>Zeek's TSV with its {@code #fields} header, or its JSON lines (see {@link ZeekLogReader}): the fields read are
 * {@code ts}, {@code id.orig_h}, {@code id.resp_h}, {@code auth_success}, and {@code user} where the site logs it;</li>
 * <li>the headerless 15-column form of the MACCDC 2012 capture, before any header line:
 * {@code ts uid src_ip src_port dst_ip dst_port auth_result direction client server ...}.</li>
 * </ul>
 * ssh.log rarely names the user; without a {@code user} field the user is {@value #UNKNOWN_USER}, and the login's
 * features rest on its source and destination. The {@code client} field, where there is one, goes to
 * {@value #CLIENT_FIELD}.
 */
public final class ZeekSshReader extends ZeekLogReader {

    /** Where a login's SSH client (its version string) goes in the document: an RGCN's {@code relation_field} can read it. */
    public static final String CLIENT_FIELD = "ssh.client";

    public static final String UNKNOWN_USER = "unknown";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ZeekTsvHeader MACCDC = ZeekTsvHeader.of(
        "ts", "uid", "src_ip", "src_port", "dst_ip", "dst_port", "auth_result", "direction", "client", "server");

    /** The names of the fields a login is read from, which differ between the forms. */
    private record Fields(String source, String destination, String outcome) {}

    private static final Fields ZEEK_FIELDS = new Fields("id.orig_h", "id.resp_h", "auth_success");
    private static final Fields MACCDC_FIELDS = new Fields("src_ip", "dst_ip", "auth_result");

    public ZeekSshReader(Reader in) {
        super(in, List.of("ts", ZEEK_FIELDS.source(), ZEEK_FIELDS.destination(), ZEEK_FIELDS.outcome()));
    }

    @Override
    protected ParsedLine read(long line, ZeekRow row) {
        return login(line, row, ZEEK_FIELDS);
    }

    @Override
    protected ParsedLine readWithoutHeader(long line, String text) {
        return login(line, MACCDC.row(WHITESPACE.split(text.trim())), MACCDC_FIELDS);
    }

    private static ParsedLine login(long line, ZeekRow row, Fields fields) {
        String source = row.required(fields.source());
        String destination = row.required(fields.destination());
        String user = row.text("user");
        LoginEvent event = new LoginEvent(
            row.time("ts"),
            user == null ? UNKNOWN_USER : user,
            null,
            source,
            null,
            destination,
            destination,
            outcome(row.text(fields.outcome())),
            "ssh",
            "network",
            null,
            null
        );
        String client = row.text("client");
        return new ParsedLine.Login(line, client == null ? event : event.withAttributes(Map.of(CLIENT_FIELD, client)));
    }

    private static LoginOutcome outcome(String value) {
        return switch (value == null ? "" : value) {
            case "T", "success" -> LoginOutcome.SUCCESS;
            case "F", "failure" -> LoginOutcome.FAILURE;
            default -> LoginOutcome.UNKNOWN;
        };
    }
}

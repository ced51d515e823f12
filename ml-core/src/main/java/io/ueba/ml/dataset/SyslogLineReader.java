package io.ueba.ml.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Reader;
import java.util.Map;

/**
 * A syslog file as it lies on disk ({@code /var/log/auth.log}, {@code /var/log/secure}) or journald's JSON export
 * ({@code journalctl -o json}), line by line: a line that is a JSON object is sent as it is, any other line as
 * {@code {"message": line}}, the way a collector ships a raw line. Which lines are logins, and what they say, is the
 * node's pipeline's to decide ({@code ueba-sshd}), so that a file loads exactly as a collector's lines would.
 */
public final class SyslogLineReader extends LoginReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SyslogLineReader(Reader in) {
        super(in);
    }

    @Override
    protected ParsedLine parse(long line, String text) {
        if (text.isBlank()) {
            return new ParsedLine.Skipped(line, "blank line");
        }
        if (text.startsWith("{") && EcsNdjsonReader.whyNotOneObject(text) == null) {
            return new ParsedLine.Document(line, text);
        }
        try {
            return new ParsedLine.Document(line, JSON.writeValueAsString(Map.of("message", text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }
}

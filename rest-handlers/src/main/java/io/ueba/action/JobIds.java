package io.ueba.action;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new job's id follows: those of an index name, so that an id reads the same in a URL, a log line and the
 * job index, and cannot be taken for one of our own paths ({@code _run}, {@code _train}).
 */
public final class JobIds {

    static final int MAX_BYTES = 255;
    private static final String FORBIDDEN = "\\/*?\"<>|,#: ";

    private JobIds() {}

    /** Why the id cannot name a job, naming {@code [job_id]}; empty when it can. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("[job_id] must not be empty");
        }
        String named = "[job_id] [" + id + "] ";
        if (id.toLowerCase(Locale.ROOT).equals(id) == false) {
            return Optional.of(named + "must be lowercase");
        }
        for (char c : FORBIDDEN.toCharArray()) {
            if (id.indexOf(c) >= 0) {
                return Optional.of(named + "must not contain [" + c + "]: none of \\ / * ? \" < > | , # : or a space");
            }
        }
        if (id.startsWith("_") || id.startsWith("-") || id.startsWith("+")) {
            return Optional.of(named + "must not start with '_', '-' or '+'");
        }
        if (id.equals(".") || id.equals("..")) {
            return Optional.of(named + "must not be '.' or '..'");
        }
        int bytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("[job_id] must be at most " + MAX_BYTES + " bytes, got " + bytes);
        }
        return Optional.empty();
    }
}

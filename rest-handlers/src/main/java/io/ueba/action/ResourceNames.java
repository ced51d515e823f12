package io.ueba.action;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new job's id and a model set's name follow: those of an index name, so that a name reads the same in a
 * URL, a log line and a document id, and cannot be taken for one of our own paths ({@code _run}, {@code _train}).
 */
public final class ResourceNames {

    static final int MAX_BYTES = 255;
    private static final String FORBIDDEN = "\\/*?\"<>|,#: ";

    private ResourceNames() {}

    /** Why the id cannot name a job, naming {@code [job_id]}; empty when it can. */
    public static Optional<String> problem(String id) {
        return problem("job_id", id);
    }

    /** Why the name cannot be used, naming {@code [field]}; empty when it can. */
    public static Optional<String> problem(String field, String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("[" + field + "] must not be empty");
        }
        String named = "[" + field + "] [" + id + "] ";
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
            return Optional.of("[" + field + "] must be at most " + MAX_BYTES + " bytes, got " + bytes);
        }
        return Optional.empty();
    }
}

package io.ueba.ml.login;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads further fields of a login's document that a model asks for by path ({@code ssh.client},
 * {@code event.action}), whether the document nests them or spells a path with dotted keys, as text: lower-cased and
 * trimmed like the schema's names, numbers and booleans as written. A field that is missing, empty, longer than
 * {@link LoginSourceReader#MAX_VALUE_LENGTH} or not a single value is left out, and the model reads it as unknown.
 * Ingest and training both read through here, so a stored login is learned with the value it was scored with.
 */
public final class LoginAttributes {

    /** The longest path a model may ask for. */
    public static final int MAX_PATH_LENGTH = 256;
    /** What {@link #isPath} checks, as a refusal says it. */
    public static final String PATH_RULE = "must be a field's path: names of letters, digits, '_', '-' or '@' joined by dots, at most "
        + MAX_PATH_LENGTH + " characters";
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_@-]+(\\.[A-Za-z0-9_@-]+)*");

    private LoginAttributes() {}

    /** Whether the text is a field's path a model may ask for: names of letters, digits, '_', '-' or '@' joined by dots. */
    public static boolean isPath(String text) {
        return text.length() <= MAX_PATH_LENGTH && PATH.matcher(text).matches();
    }

    /**
     * The login with the fields at these paths of its document added to what it carries already, which stays: the
     * login unchanged when no path is asked for.
     */
    public static LoginEvent attach(LoginEvent login, Map<String, ?> document, Collection<String> paths) {
        if (paths.isEmpty()) {
            return login;
        }
        Map<String, String> read = read(document, paths);
        if (login.attributes().isEmpty()) {
            return login.withAttributes(read);
        }
        Map<String, String> merged = new HashMap<>(read);
        merged.putAll(login.attributes());
        return login.withAttributes(merged);
    }

    public static Map<String, String> read(Map<String, ?> source, Collection<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>(paths.size() * 2);
        for (String path : paths) {
            String value = text(EcsLoginDocument.get(source, path));
            if (value != null) {
                attributes.put(path, value);
            }
        }
        return attributes;
    }

    /** A field's value as a model reads it, or null when it reads none there. */
    public static String text(Object value) {
        String text = switch (value) {
            case String string -> string.trim().toLowerCase(Locale.ROOT);
            case Number number -> number.toString();
            case Boolean flag -> flag.toString();
            case null, default -> null;
        };
        return text == null || text.isEmpty() || text.length() > LoginSourceReader.MAX_VALUE_LENGTH ? null : text;
    }
}

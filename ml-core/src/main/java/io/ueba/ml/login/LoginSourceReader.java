package io.ueba.ml.login;

import io.ueba.ml.features.IpFacts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Reads a login out of a document's source, the one way the product reads logins: at ingest (the
 * {@code ueba_login_features} processor) and when training reads stored logins back, so that a login known to the
 * profile is one the processor recognizes. The timestamp and the user are required: without them, or with them
 * malformed, the reading fails with a message naming the field. A malformed optional field is left out and reported as
 * a warning, so that the login is still featurized from the rest.
 *
 * <p>A value of the wrong shape (an object or a list where the schema has a name, a scalar where it has an object) is
 * reported as misplaced: at ingest it is moved under {@value #MISPLACED_FIELD}, since the index mapping could not take
 * it and the whole document would fail to index.
 */
public final class LoginSourceReader {

    /** Longer names are not entity names but junk or an attack on memory; they never reach the profile. */
    public static final int MAX_VALUE_LENGTH = 1024;

    public static final String MISPLACED_FIELD = "ueba.malformed";

    /**
     * What reading a document gave.
     *
     * @param event     the login; null when {@code failure} is set
     * @param warnings  what was wrong with the optional fields
     * @param misplaced values of the wrong shape, which the document should hold under {@value #MISPLACED_FIELD}
     * @param failure   why the document is not a login; null when it is one
     */
    public record Reading(LoginEvent event, List<String> warnings, List<Misplaced> misplaced, LoginFieldException failure) {}

    /** A value of the wrong shape at {@code path}. */
    public record Misplaced(String path, Object value) {}

    // Where each field's value is in what the tree finds: the order of the paths it is built with.
    private static final int TIMESTAMP = 0;
    private static final int USER = 1;
    private static final int SOURCE_IP = 2;
    private static final int SOURCE_HOST = 3;
    private static final int DESTINATION_IP = 4;
    private static final int OUTCOME = 5;
    private static final int AUTH_PACKAGE = 6;
    private static final int LOGON_TYPE = 7;
    private static final int SOURCE_COUNTRY = 9;
    /** After the source's geo location (8) and country come the destination's candidates, in the order they are tried. */
    private static final int FIRST_DESTINATION = 10;

    private final FieldPath timestampField;
    private final FieldPath userField;
    private final FieldPath sourceIpField;
    private final FieldPath sourceHostField;
    private final FieldPath destinationIpField;
    private final FieldPath outcomeField;
    private final FieldPath authPackageField;
    private final FieldPath logonTypeField;
    private final FieldPath sourceCountryField;
    private final List<FieldPath> destinationFields;
    private final FieldPathTree tree;
    private final Duration maxFuture;
    private final LongSupplier nowMillis;

    public LoginSourceReader(LoginFields fields, Duration maxFuture, LongSupplier nowMillis) {
        this.timestampField = FieldPath.of(fields.timestamp());
        this.userField = FieldPath.of(fields.user());
        this.sourceIpField = FieldPath.of(fields.sourceIp());
        this.sourceHostField = FieldPath.of(fields.sourceHost());
        this.destinationIpField = FieldPath.of(fields.destinationIp());
        this.outcomeField = FieldPath.of(fields.outcome());
        this.authPackageField = FieldPath.of(fields.authPackage());
        this.logonTypeField = FieldPath.of(fields.logonType());
        this.sourceCountryField = FieldPath.of(fields.sourceCountry());
        this.destinationFields = fields.destination().stream().map(FieldPath::of).toList();
        List<FieldPath> paths = new ArrayList<>(List.of(timestampField, userField, sourceIpField, sourceHostField, destinationIpField,
            outcomeField, authPackageField, logonTypeField,
            // read only so that a scalar standing where the geo object belongs is reported: the mapping has source.geo.location
            FieldPath.of(fields.sourceGeo() + ".location"), sourceCountryField));
        assert paths.size() == FIRST_DESTINATION;
        paths.addAll(destinationFields);
        this.tree = new FieldPathTree(paths);
        this.maxFuture = maxFuture;
        this.nowMillis = nowMillis;
    }

    public Reading read(Map<String, ?> source) {
        List<String> warnings = new ArrayList<>(0);
        List<Misplaced> misplaced = new ArrayList<>(0);
        FieldPathTree.Found found = tree.read(source);
        for (FieldPathTree.Blocked at : found.blocked()) {
            misplaced.add(new Misplaced(at.path(), at.value()));
            warnings.add("[" + at.path() + "] must be an object holding [" + at.needed() + "], got [" + abbreviate(at.value()) + "]; moved to ["
                + MISPLACED_FIELD + "." + at.path() + "]");
        }
        Object[] values = found.values();
        try {
            Instant timestamp = timestamp(values[TIMESTAMP], misplaced);
            String user = required(userField, values[USER], misplaced);
            String sourceIp = ip(sourceIpField, values[SOURCE_IP], warnings, misplaced);
            String sourceHost = optional(sourceHostField, values[SOURCE_HOST], warnings, misplaced);
            String destinationIp = ip(destinationIpField, values[DESTINATION_IP], warnings, misplaced);
            LoginOutcome outcome = outcome(values[OUTCOME], warnings, misplaced);
            String authPackage = optional(authPackageField, values[AUTH_PACKAGE], warnings, misplaced);
            String logonType = optional(logonTypeField, values[LOGON_TYPE], warnings, misplaced);
            String sourceCountry = optional(sourceCountryField, values[SOURCE_COUNTRY], warnings, misplaced);
            String destination = null;
            for (int i = 0; i < destinationFields.size() && destination == null; i++) {
                destination = optional(destinationFields.get(i), values[FIRST_DESTINATION + i], warnings, misplaced);
            }
            LoginEvent event = new LoginEvent(timestamp, user, null, sourceIp, sourceHost, sourceCountry, destination, destinationIp, outcome,
                authPackage, logonType, null, null);
            return new Reading(event, warnings, misplaced, null);
        } catch (LoginFieldException e) {
            return new Reading(null, warnings, misplaced, e);
        }
    }

    private Instant timestamp(Object value, List<Misplaced> misplaced) {
        if (value == null) {
            throw LoginFieldException.missing(timestampField);
        }
        Instant instant;
        try {
            instant = LoginTimestamps.read(value);
        } catch (IllegalArgumentException e) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                misplaced.add(new Misplaced(timestampField.path(), value));
            }
            throw LoginFieldException.malformed("[" + timestampField + "] is not a date: [" + abbreviate(value) + "]");
        }
        if (instant.isAfter(Instant.ofEpochMilli(nowMillis.getAsLong()).plus(maxFuture))) {
            throw LoginFieldException.malformed("[" + timestampField + "] is more than " + maxFuture + " in the future: [" + instant + "]");
        }
        return instant;
    }

    private static String required(FieldPath field, Object value, List<Misplaced> misplaced) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw LoginFieldException.missing(field);
        }
        if (value instanceof String == false) {
            misplaced.add(new Misplaced(field.path(), value));
            throw LoginFieldException.malformed("[" + field + "] must be a string, got [" + abbreviate(value) + "]");
        }
        String text = (String) value;
        if (text.length() > MAX_VALUE_LENGTH) {
            throw LoginFieldException.malformed("[" + field + "] is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return text;
    }

    private static String optional(FieldPath field, Object value, List<String> warnings, List<Misplaced> misplaced) {
        if (value == null) {
            return null;
        }
        if (value instanceof String == false && value instanceof Number == false && value instanceof Boolean == false) {
            misplaced.add(new Misplaced(field.path(), value));
            warnings.add("[" + field + "] must be a string, got [" + abbreviate(value) + "]; moved to [" + MISPLACED_FIELD + "." + field + "]");
            return null;
        }
        String text = value.toString();
        if (text.length() > MAX_VALUE_LENGTH) {
            warnings.add("[" + field + "] is longer than " + MAX_VALUE_LENGTH + " characters; ignored");
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private static String ip(FieldPath field, Object value, List<String> warnings, List<Misplaced> misplaced) {
        String text = optional(field, value, warnings, misplaced);
        if (text == null) {
            return null;
        }
        try {
            IpFacts.requireLiteral(text);
            return text;
        } catch (IllegalArgumentException e) {
            warnings.add("[" + field + "] " + e.getMessage() + "; ignored");
            return null;
        }
    }

    private LoginOutcome outcome(Object value, List<String> warnings, List<Misplaced> misplaced) {
        String text = optional(outcomeField, value, warnings, misplaced);
        if (text == null) {
            return LoginOutcome.UNKNOWN;
        }
        LoginOutcome outcome = LoginOutcome.ofWord(text);
        if (outcome == null) {
            warnings.add("[" + outcomeField + "] is not success or failure: [" + abbreviate(text) + "]; read as unknown");
            return LoginOutcome.UNKNOWN;
        }
        return outcome;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}

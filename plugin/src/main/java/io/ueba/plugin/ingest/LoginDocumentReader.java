package io.ueba.plugin.ingest;

import io.ueba.ml.features.IpFacts;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.login.UtcTimestamps;
import org.opensearch.common.time.DateFormatter;
import org.opensearch.common.time.DateFormatters;
import org.opensearch.ingest.IngestDocument;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Reads a login out of an ingest document. The timestamp and the user are required: without them, or with them
 * malformed, reading fails with a message naming the field. A malformed optional field is left out and reported as
 * a warning, so that the login is still featurized from the rest.
 * <p>
 * A value of the wrong shape (an object or a list where the schema has a name) is moved under
 * {@value #QUARANTINE_FIELD}: the index mapping could not take it, and the whole document would fail to index.
 */
final class LoginDocumentReader {

    /** Longer names are not entity names but junk or an attack on memory; they never reach the profile. */
    static final int MAX_VALUE_LENGTH = 1024;

    static final String QUARANTINE_FIELD = "ueba.malformed";

    private static final DateFormatter TIMESTAMP_FORMAT = DateFormatter.forPattern("strict_date_optional_time||epoch_millis");

    /** A login and what was wrong with its optional fields. */
    record Reading(LoginEvent event, List<String> warnings) {}

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

    private final SourcePath timestampField;
    private final SourcePath userField;
    private final SourcePath sourceIpField;
    private final SourcePath sourceHostField;
    private final SourcePath destinationIpField;
    private final SourcePath outcomeField;
    private final SourcePath authPackageField;
    private final SourcePath logonTypeField;
    private final SourcePath sourceCountryField;
    private final List<SourcePath> destinationFields;
    private final SourcePathTree tree;
    private final Duration maxFuture;
    private final LongSupplier nowMillis;

    LoginDocumentReader(LoginFieldNames fields, Duration maxFuture, LongSupplier nowMillis) {
        this.timestampField = SourcePath.of(fields.timestamp());
        this.userField = SourcePath.of(fields.user());
        this.sourceIpField = SourcePath.of(fields.sourceIp());
        this.sourceHostField = SourcePath.of(fields.sourceHost());
        this.destinationIpField = SourcePath.of(fields.destinationIp());
        this.outcomeField = SourcePath.of(fields.outcome());
        this.authPackageField = SourcePath.of(fields.authPackage());
        this.logonTypeField = SourcePath.of(fields.logonType());
        this.sourceCountryField = SourcePath.of(fields.sourceGeo() + ".country_iso_code");
        this.destinationFields = fields.destination().stream().map(SourcePath::of).toList();
        List<SourcePath> paths = new ArrayList<>(List.of(timestampField, userField, sourceIpField, sourceHostField, destinationIpField,
            outcomeField, authPackageField, logonTypeField,
            // read only so that a scalar standing where the geo object belongs is moved aside: the mapping has source.geo.location
            SourcePath.of(fields.sourceGeo() + ".location"), sourceCountryField));
        assert paths.size() == FIRST_DESTINATION;
        paths.addAll(destinationFields);
        this.tree = new SourcePathTree(paths);
        this.maxFuture = maxFuture;
        this.nowMillis = nowMillis;
    }

    Reading read(IngestDocument document) {
        List<String> warnings = new ArrayList<>(0);
        SourcePathTree.Found found = tree.read(document.getSourceAndMetadata());
        moveAside(document, found.blocked(), warnings);
        Object[] values = found.values();
        Instant timestamp = timestamp(document, values[TIMESTAMP]);
        String user = required(document, userField, values[USER]);
        String sourceIp = ip(document, sourceIpField, values[SOURCE_IP], warnings);
        String sourceHost = optional(document, sourceHostField, values[SOURCE_HOST], warnings);
        String destinationIp = ip(document, destinationIpField, values[DESTINATION_IP], warnings);
        LoginOutcome outcome = outcome(document, values[OUTCOME], warnings);
        String authPackage = optional(document, authPackageField, values[AUTH_PACKAGE], warnings);
        String logonType = optional(document, logonTypeField, values[LOGON_TYPE], warnings);
        String sourceCountry = optional(document, sourceCountryField, values[SOURCE_COUNTRY], warnings);
        String destination = null;
        for (int i = 0; i < destinationFields.size() && destination == null; i++) {
            destination = optional(document, destinationFields.get(i), values[FIRST_DESTINATION + i], warnings);
        }
        LoginEvent event = new LoginEvent(timestamp, user, null, sourceIp, sourceHost, sourceCountry, destination, destinationIp, outcome,
            authPackage, logonType, null, null);
        return new Reading(event, warnings);
    }

    private Instant timestamp(IngestDocument document, Object value) {
        SourcePath field = timestampField;
        if (value == null) {
            throw new MissingLoginFieldException(field.path());
        }
        Instant instant;
        try {
            instant = switch (value) {
                case ZonedDateTime zoned -> zoned.toInstant();
                case Long millis -> Instant.ofEpochMilli(millis);
                case Integer millis -> Instant.ofEpochMilli(millis);
                case String text when text.length() <= 64 -> parseTimestamp(text);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                quarantine(document, field, value);
            }
            throw new IllegalArgumentException("[" + field + "] is not a date: [" + abbreviate(value) + "]");
        }
        if (instant.isAfter(Instant.ofEpochMilli(nowMillis.getAsLong()).plus(maxFuture))) {
            throw new IllegalArgumentException("[" + field + "] is more than " + maxFuture + " in the future: [" + instant + "]");
        }
        return instant;
    }

    private static Instant parseTimestamp(String text) {
        Instant instant = UtcTimestamps.parseOrNull(text);
        return instant != null ? instant : DateFormatters.from(TIMESTAMP_FORMAT.parse(text), Locale.ROOT).toInstant();
    }

    private static String required(IngestDocument document, SourcePath field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new MissingLoginFieldException(field.path());
        }
        if (value instanceof String == false) {
            quarantine(document, field, value);
            throw new IllegalArgumentException("[" + field + "] must be a string, got [" + abbreviate(value) + "]");
        }
        String text = (String) value;
        if (text.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("[" + field + "] is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return text;
    }

    private static String optional(IngestDocument document, SourcePath field, Object value, List<String> warnings) {
        if (value == null) {
            return null;
        }
        if (value instanceof String == false && value instanceof Number == false && value instanceof Boolean == false) {
            quarantine(document, field, value);
            warnings.add("[" + field + "] must be a string, got [" + abbreviate(value) + "]; moved to [" + QUARANTINE_FIELD + "." + field + "]");
            return null;
        }
        String text = value.toString();
        if (text.length() > MAX_VALUE_LENGTH) {
            warnings.add("[" + field + "] is longer than " + MAX_VALUE_LENGTH + " characters; ignored");
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private static String ip(IngestDocument document, SourcePath field, Object value, List<String> warnings) {
        String text = optional(document, field, value, warnings);
        if (text == null) {
            return null;
        }
        try {
            IpFacts.of(text);
            return text;
        } catch (IllegalArgumentException e) {
            warnings.add("[" + field + "] " + e.getMessage() + "; ignored");
            return null;
        }
    }

    private LoginOutcome outcome(IngestDocument document, Object value, List<String> warnings) {
        String text = optional(document, outcomeField, value, warnings);
        if (text == null) {
            return LoginOutcome.UNKNOWN;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "success", "succeeded", "true", "t" -> LoginOutcome.SUCCESS;
            case "failure", "fail", "failed", "false", "f" -> LoginOutcome.FAILURE;
            case "unknown" -> LoginOutcome.UNKNOWN;
            default -> {
                warnings.add("[" + outcomeField + "] is not success or failure: [" + abbreviate(text) + "]; read as unknown");
                yield LoginOutcome.UNKNOWN;
            }
        };
    }

    /**
     * Moves aside every scalar that stands where one of our paths needs an object. Done first, before anything can
     * fail: the mapping has objects there and would refuse the whole document, on_failure handler or not.
     */
    private static void moveAside(IngestDocument document, List<SourcePathTree.Blocked> blocked, List<String> warnings) {
        for (SourcePathTree.Blocked at : blocked) {
            SourcePath blocking = SourcePath.of(at.path());
            quarantine(document, blocking, at.value());
            warnings.add("[" + blocking + "] must be an object holding [" + at.needed() + "], got [" + abbreviate(at.value()) + "]; moved to ["
                + QUARANTINE_FIELD + "." + blocking + "]");
        }
    }

    private static void quarantine(IngestDocument document, SourcePath field, Object value) {
        document.removeField(field.path());
        document.setFieldValue(QUARANTINE_FIELD + "." + field.path(), String.valueOf(value));
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}

package io.ueba.plugin.ingest;

import io.ueba.ml.features.IpFacts;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
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

    private final LoginFieldNames fields;
    private final Duration maxFuture;
    private final LongSupplier nowMillis;

    LoginDocumentReader(LoginFieldNames fields, Duration maxFuture, LongSupplier nowMillis) {
        this.fields = fields;
        this.maxFuture = maxFuture;
        this.nowMillis = nowMillis;
    }

    Reading read(IngestDocument document) {
        List<String> warnings = new ArrayList<>();
        Instant timestamp = timestamp(document);
        String user = required(document, fields.user());
        String sourceIp = ip(document, fields.sourceIp(), warnings);
        String destinationIp = ip(document, fields.destinationIp(), warnings);
        String destination = null;
        for (String path : fields.destination()) {
            destination = optional(document, path, warnings);
            if (destination != null) {
                break;
            }
        }
        LoginEvent event = new LoginEvent(
            timestamp,
            user,
            null,
            sourceIp,
            optional(document, fields.sourceHost(), warnings),
            destination,
            destinationIp,
            outcome(document, warnings),
            optional(document, fields.authPackage(), warnings),
            optional(document, fields.logonType(), warnings),
            null,
            null
        );
        return new Reading(event, warnings);
    }

    private Instant timestamp(IngestDocument document) {
        String field = fields.timestamp();
        Object value = document.getFieldValue(field, Object.class, true);
        if (value == null) {
            throw new MissingLoginFieldException(field);
        }
        Instant instant;
        try {
            instant = switch (value) {
                case ZonedDateTime zoned -> zoned.toInstant();
                case Long millis -> Instant.ofEpochMilli(millis);
                case Integer millis -> Instant.ofEpochMilli(millis);
                case String text when text.length() <= 64 -> DateFormatters.from(TIMESTAMP_FORMAT.parse(text), Locale.ROOT).toInstant();
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

    private static String required(IngestDocument document, String field) {
        Object value = document.getFieldValue(field, Object.class, true);
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new MissingLoginFieldException(field);
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

    private static String optional(IngestDocument document, String field, List<String> warnings) {
        Object value = document.getFieldValue(field, Object.class, true);
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

    private static String ip(IngestDocument document, String field, List<String> warnings) {
        String text = optional(document, field, warnings);
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

    private LoginOutcome outcome(IngestDocument document, List<String> warnings) {
        String text = optional(document, fields.outcome(), warnings);
        if (text == null) {
            return LoginOutcome.UNKNOWN;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "success", "succeeded", "true", "t" -> LoginOutcome.SUCCESS;
            case "failure", "fail", "failed", "false", "f" -> LoginOutcome.FAILURE;
            case "unknown" -> LoginOutcome.UNKNOWN;
            default -> {
                warnings.add("[" + fields.outcome() + "] is not success or failure: [" + abbreviate(text) + "]; read as unknown");
                yield LoginOutcome.UNKNOWN;
            }
        };
    }

    private static void quarantine(IngestDocument document, String field, Object value) {
        document.removeField(field);
        document.setFieldValue(QUARANTINE_FIELD + "." + field, String.valueOf(value));
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}

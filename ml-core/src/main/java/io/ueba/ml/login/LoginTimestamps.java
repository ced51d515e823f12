package io.ueba.ml.login;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * Reads a login's time as the {@code logins-*} mapping's date field takes it ({@code strict_date_optional_time} or
 * {@code epoch_millis}): an ISO date with optional time, fraction and zone (UTC without one), or milliseconds since
 * the epoch as a number or as digits. The usual {@code 2026-10-01T00:16:10.589Z} goes the fast way,
 * {@link UtcTimestamps}.
 */
public final class LoginTimestamps {

    private static final DateTimeFormatter DATE_OPTIONAL_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendValue(ChronoField.YEAR, 4)
        .appendLiteral('-')
        .appendValue(ChronoField.MONTH_OF_YEAR, 2)
        .appendLiteral('-')
        .appendValue(ChronoField.DAY_OF_MONTH, 2)
        .optionalStart()
        .appendLiteral('T')
        .appendValue(ChronoField.HOUR_OF_DAY, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
        .optionalEnd()
        .optionalEnd()
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HH:MM", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HHMM", "Z")
        .optionalEnd()
        .optionalEnd()
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);

    /** Longer texts are no timestamps; they are refused before any parser sees them. */
    static final int MAX_LENGTH = 64;

    private LoginTimestamps() {}

    /**
     * @param value a text, a number of milliseconds, or a date-time object (a pipeline's script may set one)
     * @throws IllegalArgumentException when the value is none of the forms above
     */
    public static Instant read(Object value) {
        return switch (value) {
            case String text -> parse(text);
            case Long millis -> Instant.ofEpochMilli(millis);
            case Integer millis -> Instant.ofEpochMilli(millis);
            case TemporalAccessor temporal when temporal.isSupported(ChronoField.INSTANT_SECONDS) -> Instant.from(temporal);
            default -> throw new IllegalArgumentException("not a date");
        };
    }

    private static Instant parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a date");
        }
        Instant fast = UtcTimestamps.parseOrNull(text);
        if (fast != null) {
            return fast;
        }
        if (isEpochMillis(text)) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            TemporalAccessor parsed = DATE_OPTIONAL_TIME.parse(text);
            ZoneId zone = parsed.query(TemporalQueries.offset());
            return LocalDateTime.from(parsed).atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date", e);
        }
    }

    private static boolean isEpochMillis(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) == false) {
                return false;
            }
        }
        return true;
    }
}

package io.ueba.ml.dataset;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** The book dataset's timestamps, {@code 2018-01-01 00:05:32.988414}, read as UTC. */
final class BookTimes {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
        .appendPattern("yyyy-MM-dd HH:mm:ss")
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
        .optionalEnd()
        .toFormatter();

    private BookTimes() {}

    static Instant parse(String text, String column) {
        try {
            return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Columns.BadColumn("[" + column + "] is not a date like 2018-01-01 00:05:32.988414: [" + Columns.abbreviate(text) + "]");
        }
    }
}

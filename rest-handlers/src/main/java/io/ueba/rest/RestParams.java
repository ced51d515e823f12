package io.ueba.rest;

import org.opensearch.common.time.DateFormatter;
import org.opensearch.common.time.DateMathParser;
import org.opensearch.rest.RestRequest;

import java.time.Instant;
import java.time.ZoneOffset;

/** Reads typed URL parameters, refusing a wrong one with a message that names it, as a 400 must. */
final class RestParams {

    private static final DateMathParser DATES = DateFormatter.forPattern("strict_date_optional_time||epoch_millis").toDateMathParser();

    private RestParams() {}

    /** An ISO date, epoch milliseconds or date math ({@code now-7d}), in UTC; {@code now} is the given instant. */
    static Instant date(RestRequest request, String name, String defaultValue, long now) {
        String text = request.param(name, defaultValue);
        try {
            return DATES.parse(text, () -> now, false, ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("[" + name + "] is not a date or date math like now-7d: [" + text + "]", e);
        }
    }

    static double number(RestRequest request, String name, double defaultValue) {
        String text = request.param(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("[" + name + "] is not a number: [" + text + "]", e);
        }
    }

    static int wholeNumber(RestRequest request, String name, int defaultValue) {
        String text = request.param(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("[" + name + "] is not a whole number: [" + text + "]", e);
        }
    }
}

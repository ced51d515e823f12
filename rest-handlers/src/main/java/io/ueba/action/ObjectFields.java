package io.ueba.action;

import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.core.xcontent.XContentParserUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON object of settings one by one, and the typed values in them, refusing a wrong one with
 * a message that names its full path ({@code [schedule.interval.unit]}), as a 400 must.
 */
final class ObjectFields {

    /** Reads the value of one field, the parser on it; false when the field is not one it knows. */
    @FunctionalInterface
    interface FieldReader {
        boolean read(String name, String path) throws IOException;
    }

    private ObjectFields() {}

    /** Hands every field of the object the parser is on to the reader; {@code prefix} is the object's path, "" at the top. */
    static void read(XContentParser parser, String prefix, FieldReader reader) throws IOException {
        if (parser.currentToken() != XContentParser.Token.START_OBJECT) {
            throw new IllegalArgumentException("[" + (prefix.isEmpty() ? "body" : prefix) + "] must be an object");
        }
        while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
            XContentParserUtils.ensureExpectedToken(XContentParser.Token.FIELD_NAME, parser.currentToken(), parser);
            String name = parser.currentName();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            parser.nextToken();
            if (reader.read(name, path) == false) {
                throw new IllegalArgumentException("[" + path + "] is not a known setting");
            }
        }
    }

    static String text(XContentParser parser, String path) throws IOException {
        if (parser.currentToken() != XContentParser.Token.VALUE_STRING) {
            throw new IllegalArgumentException("[" + path + "] must be a string");
        }
        return parser.text();
    }

    /** Reads an array of strings, refusing an entry that is not one naming it: {@code [exclude_account_kinds[1]]}. */
    static List<String> texts(XContentParser parser, String path) throws IOException {
        if (parser.currentToken() != XContentParser.Token.START_ARRAY) {
            throw new IllegalArgumentException("[" + path + "] must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
            values.add(text(parser, path + "[" + values.size() + "]"));
        }
        return values;
    }

    static TimeValue time(XContentParser parser, String path) throws IOException {
        String value = text(parser, path);
        try {
            return TimeValue.parseTimeValue(value, path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[" + path + "] is not a time like 30d: " + e.getMessage(), e);
        }
    }

    static boolean bool(XContentParser parser, String path) throws IOException {
        if (parser.currentToken() != XContentParser.Token.VALUE_BOOLEAN) {
            throw new IllegalArgumentException("[" + path + "] must be true or false");
        }
        return parser.booleanValue();
    }

    static int integer(XContentParser parser, String path) throws IOException {
        double value = number(parser, path);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("[" + path + "] must be a whole number, got [" + value + "]");
        }
        return (int) value;
    }

    static double number(XContentParser parser, String path) throws IOException {
        if (parser.currentToken() != XContentParser.Token.VALUE_NUMBER) {
            throw new IllegalArgumentException("[" + path + "] must be a number");
        }
        return parser.doubleValue();
    }
}

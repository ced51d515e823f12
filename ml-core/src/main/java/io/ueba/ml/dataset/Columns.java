package io.ueba.ml.dataset;

import java.util.regex.Pattern;

/** A row of delimited text, read column by column with errors that name the column. */
final class Columns {

    /** Thrown for a malformed column; the message names it. Readers turn it into a rejected line. */
    static final class BadColumn extends RuntimeException {
        BadColumn(String message) {
            super(message, null, false, false);
        }
    }

    private final String[] values;
    private final String[] names;

    Columns(String[] values, String[] names) {
        this.values = values;
        this.names = names;
    }

    static Columns split(String text, char delimiter, String[] names) {
        String[] values = text.split(Pattern.quote(String.valueOf(delimiter)), -1);
        if (values.length < names.length) {
            throw new BadColumn("expected " + names.length + " columns (" + String.join(",", names) + "), found " + values.length);
        }
        return new Columns(values, names);
    }

    int size() {
        return values.length;
    }

    String name(int index) {
        return names[index];
    }

    /** The raw value, trimmed; never null. */
    String text(int index) {
        return values[index].trim();
    }

    String required(int index) {
        String value = text(index);
        if (value.isEmpty()) {
            throw new BadColumn("[" + names[index] + "] is empty");
        }
        return value;
    }

    long longValue(int index) {
        String value = required(index);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadColumn("[" + names[index] + "] is not a whole number: [" + abbreviate(value) + "]");
        }
    }

    double doubleValue(int index) {
        String value = required(index);
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed) == false) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadColumn("[" + names[index] + "] is not a number: [" + abbreviate(value) + "]");
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }
}

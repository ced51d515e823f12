package io.ueba.ml.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a Zeek log, its fields read by their Zeek names ({@code id.orig_h}) whether the line was TSV or JSON.
 * Values read as Zeek's TSV writes them: a bool is {@code T} or {@code F}, a set or vector is its elements joined by
 * commas, a number is its decimal digits. Errors are {@link Columns.BadColumn}s that name the field.
 */
abstract sealed class ZeekRow permits ZeekRow.Tsv, ZeekRow.Json {

    /** The field's value, trimmed; null when the row lacks the field or it is unset or empty. */
    abstract String text(String field);

    /** Whether the row has the field at all, set or not. */
    abstract boolean has(String field);

    /** The field's value, which must be set. */
    final String required(String field) {
        String value = text(field);
        if (value == null) {
            throw new Columns.BadColumn("[" + field + "] is " + (has(field) ? "unset" : "missing"));
        }
        return value;
    }

    /** A bool field: null when unset. */
    final Boolean bool(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "T" -> Boolean.TRUE;
            case "F" -> Boolean.FALSE;
            default -> throw new Columns.BadColumn("[" + field + "] is neither T nor F: [" + Columns.abbreviate(value) + "]");
        };
    }

    /**
     * A time field, which must be set: seconds since the epoch with their fraction, as Zeek writes {@code ts} by
     * default, or an ISO 8601 instant, as JSON logs written with {@code JSON::TS_ISO8601} have it.
     */
    final Instant time(String field) {
        String value = required(field);
        try {
            BigDecimal seconds = new BigDecimal(value);
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (NumberFormatException e) {
            return instant(field, value);
        } catch (ArithmeticException | DateTimeException e) {
            throw notATime(field, value);
        }
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw notATime(field, value);
        }
    }

    private static Columns.BadColumn notATime(String field, String value) {
        return new Columns.BadColumn("[" + field + "] is neither epoch seconds nor an ISO 8601 instant: [" + Columns.abbreviate(value) + "]");
    }

    /**
     * Reads a JSON line, which starts with <code>{</code>.
     *
     * @throws Columns.BadColumn when it is not one JSON object
     */
    static ZeekRow json(String text) {
        try {
            return new Json(Json.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new Columns.BadColumn("not a JSON object: " + e.getOriginalMessage());
        }
    }

    /** A TSV row, its values in the order of the header's {@code #fields}. */
    static final class Tsv extends ZeekRow {

        private final ZeekTsvHeader header;
        private final String[] values;

        Tsv(ZeekTsvHeader header, String[] values) {
            this.header = header;
            this.values = values;
        }

        @Override
        String text(String field) {
            int index = header.indexOf(field);
            if (index < 0) {
                return null;
            }
            String value = values[index].trim();
            return header.isNoValue(value) ? null : value;
        }

        @Override
        boolean has(String field) {
            return header.indexOf(field) >= 0;
        }
    }

    /**
     * A JSON object, one line of {@code LogAscii::use_json}. A field is its key ({@code id.orig_h}) or, where a shipper
     * flattened the key's dots to underscores, that key ({@code id_orig_h}). Zeek leaves unset fields out.
     */
    static final class Json extends ZeekRow {

        /** Floats as decimals, so that {@code ts} keeps its microseconds. */
        private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

        private final JsonNode object;

        private Json(JsonNode object) {
            this.object = object;
        }

        @Override
        String text(String field) {
            JsonNode value = node(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isObject()) {
                throw new Columns.BadColumn("[" + field + "] is an object, not a value");
            }
            String text = value.isArray() ? elements(value) : scalar(value);
            return text.isBlank() ? null : text.trim();
        }

        @Override
        boolean has(String field) {
            return node(field) != null;
        }

        private JsonNode node(String field) {
            JsonNode value = object.get(field);
            return value == null && field.indexOf('.') >= 0 ? object.get(field.replace('.', '_')) : value;
        }

        private static String elements(JsonNode array) {
            List<String> elements = new ArrayList<>();
            array.forEach(element -> elements.add(scalar(element)));
            return String.join(",", elements);
        }

        private static String scalar(JsonNode value) {
            if (value.isBoolean()) {
                return value.booleanValue() ? "T" : "F";
            }
            if (value.isNumber()) {
                return value.decimalValue().toPlainString();
            }
            return value.asText();
        }
    }
}

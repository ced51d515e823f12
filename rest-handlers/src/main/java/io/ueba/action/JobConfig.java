package io.ueba.action;

import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.core.xcontent.XContentParserUtils;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * What a user says about a training job in {@code PUT /_plugins/_ueba/jobs/{job_id}}: which logins it learns from,
 * how far back, and when it runs (every N minutes, hours or days, or on a cron expression). Every field has a
 * default; a wrong one is refused naming the field.
 *
 * @param intervalUnit   Minutes, Hours or Days; null when the job runs on a cron expression
 * @param cronExpression null when the job runs on an interval
 */
public record JobConfig(
    String indices,
    TimeValue window,
    int intervalPeriod,
    String intervalUnit,
    String cronExpression,
    String cronTimezone,
    boolean enabled
) implements Writeable {

    private static final Set<String> UNITS = Set.of("Minutes", "Hours", "Days");
    public static final JobConfig DEFAULTS = new JobConfig("logins-*", TimeValue.timeValueDays(30), 1, "Days", null, null, true);

    public JobConfig {
        if (indices == null || indices.isBlank()) {
            throw new IllegalArgumentException("[indices] must name the login indices");
        }
        if (window == null || window.millis() <= 0) {
            throw new IllegalArgumentException("[window] must be a positive time, e.g. 30d");
        }
        if (cronExpression == null) {
            if (intervalPeriod < 1) {
                throw new IllegalArgumentException("[schedule.interval.period] must be at least 1, got [" + intervalPeriod + "]");
            }
            if (UNITS.contains(intervalUnit) == false) {
                throw new IllegalArgumentException("[schedule.interval.unit] must be one of Minutes, Hours, Days, got [" + intervalUnit + "]");
            }
        } else if (cronExpression.isBlank()) {
            throw new IllegalArgumentException("[schedule.cron.expression] must not be blank");
        }
    }

    public JobConfig(StreamInput in) throws IOException {
        this(in.readString(), in.readTimeValue(), in.readVInt(), in.readOptionalString(), in.readOptionalString(), in.readOptionalString(), in.readBoolean());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(indices);
        out.writeTimeValue(window);
        out.writeVInt(intervalPeriod);
        out.writeOptionalString(intervalUnit);
        out.writeOptionalString(cronExpression);
        out.writeOptionalString(cronTimezone);
        out.writeBoolean(enabled);
    }

    /**
     * Reads {@code {"indices", "window", "enabled", "schedule": {"interval": {"period", "unit"}} | {"cron":
     * {"expression", "timezone"}}}}, defaults for what is missing.
     */
    public static JobConfig parse(XContentParser parser) throws IOException {
        String indices = DEFAULTS.indices;
        TimeValue window = DEFAULTS.window;
        int period = DEFAULTS.intervalPeriod;
        String unit = DEFAULTS.intervalUnit;
        String cron = null;
        String timezone = null;
        boolean enabled = DEFAULTS.enabled;
        XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.nextToken(), parser);
        while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "indices" -> indices = text(parser, "indices");
                case "window" -> window = time(text(parser, "window"), "window");
                case "enabled" -> enabled = parser.booleanValue();
                case "schedule" -> {
                    XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.currentToken(), parser);
                    while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
                        String kind = parser.currentName();
                        parser.nextToken();
                        switch (kind) {
                            case "interval" -> {
                                XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.currentToken(), parser);
                                while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
                                    String name = parser.currentName();
                                    parser.nextToken();
                                    switch (name) {
                                        case "period" -> period = parser.intValue();
                                        case "unit" -> unit = capitalized(text(parser, "schedule.interval.unit"));
                                        default -> throw unknown("schedule.interval." + name);
                                    }
                                }
                            }
                            case "cron" -> {
                                XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.currentToken(), parser);
                                while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
                                    String name = parser.currentName();
                                    parser.nextToken();
                                    switch (name) {
                                        case "expression" -> cron = text(parser, "schedule.cron.expression");
                                        case "timezone" -> timezone = text(parser, "schedule.cron.timezone");
                                        default -> throw unknown("schedule.cron." + name);
                                    }
                                }
                            }
                            default -> throw unknown("schedule." + kind);
                        }
                    }
                }
                default -> throw unknown(field);
            }
        }
        return cron == null
            ? new JobConfig(indices, window, period, unit, null, null, enabled)
            : new JobConfig(indices, window, 0, null, cron, timezone == null ? "UTC" : timezone, enabled);
    }

    private static String text(XContentParser parser, String field) throws IOException {
        if (parser.currentToken() != XContentParser.Token.VALUE_STRING) {
            throw new IllegalArgumentException("[" + field + "] must be a string");
        }
        return parser.text();
    }

    private static TimeValue time(String value, String field) {
        try {
            return TimeValue.parseTimeValue(value, field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[" + field + "] is not a time like 30d: " + e.getMessage(), e);
        }
    }

    private static String capitalized(String unit) {
        return unit.isEmpty() ? unit : unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1).toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String field) {
        return new IllegalArgumentException("[" + field + "] is not a job setting");
    }
}

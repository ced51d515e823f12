package io.ueba.action;

import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.core.xcontent.XContentParserUtils;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a user says about a training job in {@code PUT /_plugins/_ueba/jobs/{job_id}}: which logins it learns from
 * (indices, the field their time is in, how far back, the account kinds it leaves out), the models it trains, the
 * model set it publishes them to (the one the pipelines that name it score with; one job per set), and when it runs
 * (every N minutes, hours or days, or on a cron expression). Every field has a default; a wrong one is refused naming
 * the field.
 *
 * @param excludeAccountKinds the values of {@code login.account_kind} (user, machine, service) whose logins the job
 *                            does not learn from; a login without the field is always learned
 * @param intervalUnit        Minutes, Hours or Days; null when the job runs on a cron expression
 * @param cronExpression      null when the job runs on an interval
 */
public record JobConfig(
    String indices,
    String timeField,
    TimeValue window,
    List<String> excludeAccountKinds,
    String modelSet,
    JobModels models,
    int intervalPeriod,
    String intervalUnit,
    String cronExpression,
    String cronTimezone,
    boolean enabled
) implements Writeable, ToXContentObject {

    private static final Set<String> UNITS = Set.of("Minutes", "Hours", "Days");
    private static final Set<String> ACCOUNT_KINDS = Set.of("user", "machine", "service");
    public static final String DEFAULT_TIME_FIELD = "@timestamp";
    /** The model set a job trains, and a processor scores with, unless told otherwise. */
    public static final String DEFAULT_MODEL_SET = "default";
    public static final JobConfig DEFAULTS = new JobConfig(
        "logins-*", DEFAULT_TIME_FIELD, TimeValue.timeValueDays(30), List.of(), DEFAULT_MODEL_SET, JobModels.DEFAULTS, 1, "Days", null, null,
        true);

    public JobConfig {
        if (indices == null || indices.isBlank()) {
            throw new IllegalArgumentException("[indices] must name the login indices");
        }
        if (timeField == null || timeField.isBlank()) {
            throw new IllegalArgumentException("[time_field] must name the field the login time is in");
        }
        if (window == null || window.millis() <= 0) {
            throw new IllegalArgumentException("[window] must be a positive time, e.g. 30d");
        }
        excludeAccountKinds = List.copyOf(excludeAccountKinds);
        for (String kind : excludeAccountKinds) {
            if (ACCOUNT_KINDS.contains(kind) == false) {
                throw new IllegalArgumentException("[exclude_account_kinds] must list kinds among user, machine, service, got [" + kind + "]");
            }
        }
        ResourceNames.problem("model_set", modelSet).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
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
        this(in.readString(), in.readString(), in.readTimeValue(), in.readStringList(), in.readString(), new JobModels(in), in.readVInt(),
            in.readOptionalString(), in.readOptionalString(), in.readOptionalString(), in.readBoolean());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(indices);
        out.writeString(timeField);
        out.writeTimeValue(window);
        out.writeStringCollection(excludeAccountKinds);
        out.writeString(modelSet);
        models.writeTo(out);
        out.writeVInt(intervalPeriod);
        out.writeOptionalString(intervalUnit);
        out.writeOptionalString(cronExpression);
        out.writeOptionalString(cronTimezone);
        out.writeBoolean(enabled);
    }

    /** Writes the settings as {@link #parse} reads them, every field given. */
    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject()
            .field("indices", indices)
            .field("time_field", timeField)
            .field("window", window.getStringRep())
            .field("exclude_account_kinds", excludeAccountKinds)
            .field("enabled", enabled)
            .field("model_set", modelSet);
        models.toXContent(builder, params);
        builder.startObject("schedule");
        if (cronExpression == null) {
            builder.startObject("interval").field("period", intervalPeriod).field("unit", intervalUnit).endObject();
        } else {
            builder.startObject("cron").field("expression", cronExpression).field("timezone", cronTimezone).endObject();
        }
        return builder.endObject().endObject();
    }

    /**
     * Reads {@code {"indices", "time_field", "window", "exclude_account_kinds": [...], "enabled", "model_set", "models": [...]
     * (or "model": {...}), "schedule": {"interval": {"period", "unit"}} | {"cron": {"expression", "timezone"}}}}, defaults for
     * what is missing.
     */
    public static JobConfig parse(XContentParser parser) throws IOException {
        Builder b = new Builder();
        XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.nextToken(), parser);
        ObjectFields.read(parser, "", (name, path) -> {
            switch (name) {
                case "indices" -> b.indices = ObjectFields.text(parser, path);
                case "time_field" -> b.timeField = ObjectFields.text(parser, path);
                case "window" -> b.window = ObjectFields.time(parser, path);
                case "exclude_account_kinds" -> b.excludeAccountKinds = ObjectFields.texts(parser, path);
                case "enabled" -> b.enabled = ObjectFields.bool(parser, path);
                case "model_set" -> b.modelSet = ObjectFields.text(parser, path);
                case "model" -> b.model = JobModels.parseOne(parser);
                case "models" -> b.models = JobModels.parseList(parser);
                case "schedule" -> readSchedule(parser, path, b);
                default -> {
                    return false;
                }
            }
            return true;
        });
        return b.build();
    }

    private static void readSchedule(XContentParser parser, String path, Builder b) throws IOException {
        ObjectFields.read(parser, path, (kind, kindPath) -> {
            switch (kind) {
                case "interval" -> ObjectFields.read(parser, kindPath, (field, fieldPath) -> {
                    switch (field) {
                        case "period" -> b.period = ObjectFields.integer(parser, fieldPath);
                        case "unit" -> b.unit = capitalized(ObjectFields.text(parser, fieldPath));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
                case "cron" -> ObjectFields.read(parser, kindPath, (field, fieldPath) -> {
                    switch (field) {
                        case "expression" -> b.cron = ObjectFields.text(parser, fieldPath);
                        case "timezone" -> b.timezone = ObjectFields.text(parser, fieldPath);
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    private static String capitalized(String unit) {
        return unit.isEmpty() ? unit : unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The fields of a job's settings being read, starting from the defaults. */
    private static final class Builder {
        String indices = DEFAULTS.indices;
        String timeField = DEFAULTS.timeField;
        TimeValue window = DEFAULTS.window;
        List<String> excludeAccountKinds = DEFAULTS.excludeAccountKinds;
        String modelSet = DEFAULTS.modelSet;
        JobModels models;
        JobModels model;
        int period = DEFAULTS.intervalPeriod;
        String unit = DEFAULTS.intervalUnit;
        String cron;
        String timezone;
        boolean enabled = DEFAULTS.enabled;

        JobConfig build() {
            if (model != null && models != null) {
                throw new IllegalArgumentException("[model] is the shorthand for [models] with one entry: give one or the other");
            }
            JobModels trained = models != null ? models : model != null ? model : DEFAULTS.models;
            return cron == null
                ? new JobConfig(indices, timeField, window, excludeAccountKinds, modelSet, trained, period, unit, null, null, enabled)
                : new JobConfig(indices, timeField, window, excludeAccountKinds, modelSet, trained, 0, null, cron, timezone == null ? "UTC" : timezone,
                    enabled);
        }
    }
}

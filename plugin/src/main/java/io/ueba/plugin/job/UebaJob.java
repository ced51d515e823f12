package io.ueba.plugin.job;

import io.ueba.action.JobConfig;
import io.ueba.action.JobModels;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.core.xcontent.XContentParserUtils;
import org.opensearch.jobscheduler.spi.ScheduledJobParameter;
import org.opensearch.jobscheduler.spi.schedule.CronSchedule;
import org.opensearch.jobscheduler.spi.schedule.IntervalSchedule;
import org.opensearch.jobscheduler.spi.schedule.Schedule;
import org.opensearch.jobscheduler.spi.schedule.ScheduleParser;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled training job of ours, as stored in the job index that Job Scheduler sweeps: when it runs, which
 * logins it learns from (those of {@code indices} whose {@code timeField} is in the last {@code window}, less those of
 * the {@code excludeAccountKinds}), the models it trains, and the model set it publishes them to.
 */
public record UebaJob(
    String name,
    boolean enabled,
    Schedule schedule,
    Instant enabledTime,
    Instant lastUpdateTime,
    Long lockDurationSeconds,
    String indices,
    String timeField,
    TimeValue window,
    List<String> excludeAccountKinds,
    String modelSet,
    JobModels models
) implements ScheduledJobParameter {

    static final String NAME = "name";
    static final String ENABLED = "enabled";
    static final String SCHEDULE = "schedule";
    static final String ENABLED_TIME = "enabled_time";
    static final String LAST_UPDATE_TIME = "last_update_time";
    static final String LOCK_DURATION_SECONDS = "lock_duration_seconds";
    static final String INDICES = "indices";
    static final String TIME_FIELD = "time_field";
    static final String WINDOW = "window";
    static final String EXCLUDE_ACCOUNT_KINDS = "exclude_account_kinds";
    static final String MODEL_SET = "model_set";
    static final String MODELS = "models";
    /** What jobs stored before a job could list several kinds: one model's settings. */
    static final String MODEL = "model";

    public UebaJob {
        Objects.requireNonNull(name, "[" + NAME + "] is required");
        Objects.requireNonNull(schedule, "[" + SCHEDULE + "] is required");
        Objects.requireNonNull(lastUpdateTime, "[" + LAST_UPDATE_TIME + "] is required");
        indices = indices == null ? JobConfig.DEFAULTS.indices() : indices;
        timeField = timeField == null ? JobConfig.DEFAULTS.timeField() : timeField;
        window = window == null ? JobConfig.DEFAULTS.window() : window;
        excludeAccountKinds = excludeAccountKinds == null ? JobConfig.DEFAULTS.excludeAccountKinds() : excludeAccountKinds;
        modelSet = modelSet == null ? JobConfig.DEFAULT_MODEL_SET : modelSet;
        models = models == null ? JobConfig.DEFAULTS.models() : models;
        if (window.millis() <= 0) {
            throw new IllegalArgumentException("[" + WINDOW + "] must be a positive time, got [" + window + "]");
        }
    }

    /** How long Job Scheduler's lock holds a run before another node may take the job over. */
    static final long LOCK_DURATION = TimeUnit.HOURS.toSeconds(2);

    /**
     * The job a user's settings describe. An update of an enabled job keeps its enabled time, and one that leaves the
     * schedule as it was keeps its start, so that an interval keeps its phase.
     *
     * @param previous the job the settings replace; null for a new one
     */
    public static UebaJob fromConfig(String id, JobConfig config, UebaJob previous, Instant now) {
        Schedule wanted = schedule(config, now);
        Schedule schedule = previous != null && sameRhythm(previous.schedule(), wanted) ? previous.schedule() : wanted;
        return new UebaJob(id, config.enabled(), schedule, enabledSince(config.enabled(), previous, now), now, LOCK_DURATION, config.indices(),
            config.timeField(), config.window(), config.excludeAccountKinds(), config.modelSet(), config.models());
    }

    private static Schedule schedule(JobConfig config, Instant now) {
        if (config.cronExpression() == null) {
            return new IntervalSchedule(now, config.intervalPeriod(), ChronoUnit.valueOf(config.intervalUnit().toUpperCase(Locale.ROOT)));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(config.cronTimezone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("[schedule.cron.timezone] is not a time zone: " + config.cronTimezone(), e);
        }
        try {
            return new CronSchedule(config.cronExpression(), zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("[schedule.cron.expression] is not a cron expression: " + e.getMessage(), e);
        }
    }

    /** Whether the schedules run at the same times but for where an interval starts. */
    private static boolean sameRhythm(Schedule a, Schedule b) {
        if (a instanceof IntervalSchedule x && b instanceof IntervalSchedule y) {
            return x.getInterval() == y.getInterval() && x.getUnit() == y.getUnit();
        }
        return a.equals(b);
    }

    /** The settings a user would give to describe this job, as {@code PUT} takes them. */
    public JobConfig config() {
        if (schedule instanceof CronSchedule cron) {
            return new JobConfig(indices, timeField, window, excludeAccountKinds, modelSet, models, 0, null, cron.getCronExpression(),
                cron.getTimeZone().getId(), enabled);
        }
        IntervalSchedule interval = (IntervalSchedule) schedule;
        // ChronoUnit names itself as a user writes the unit: Minutes, Hours, Days.
        return new JobConfig(indices, timeField, window, excludeAccountKinds, modelSet, models, interval.getInterval(),
            interval.getUnit().toString(), null, null, enabled);
    }

    /** The same job with its schedule switched on (from now) or off. */
    public UebaJob withEnabled(boolean on, Instant now) {
        return new UebaJob(name, on, schedule, enabledSince(on, this, now), now, lockDurationSeconds, indices, timeField, window,
            excludeAccountKinds, modelSet, models);
    }

    /** A job already enabled keeps its enabled time, so switching it on again does not restart its schedule. */
    private static Instant enabledSince(boolean on, UebaJob previous, Instant now) {
        if (on == false) {
            return null;
        }
        return previous != null && previous.enabled() ? previous.enabledTime() : now;
    }

    public static UebaJob parse(XContentParser parser) throws IOException {
        String name = null;
        boolean enabled = false;
        Schedule schedule = null;
        Instant enabledTime = null;
        Instant lastUpdateTime = null;
        Long lockDurationSeconds = null;
        String indices = null;
        String timeField = null;
        TimeValue window = null;
        List<String> excludeAccountKinds = null;
        String modelSet = null;
        JobModels models = null;
        XContentParserUtils.ensureExpectedToken(XContentParser.Token.START_OBJECT, parser.nextToken(), parser);
        while (parser.nextToken() != XContentParser.Token.END_OBJECT) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case NAME -> name = parser.text();
                case ENABLED -> enabled = parser.booleanValue();
                case SCHEDULE -> schedule = ScheduleParser.parse(parser);
                case ENABLED_TIME -> enabledTime = Instant.ofEpochMilli(parser.longValue());
                case LAST_UPDATE_TIME -> lastUpdateTime = Instant.ofEpochMilli(parser.longValue());
                case LOCK_DURATION_SECONDS -> lockDurationSeconds = parser.longValue();
                case INDICES -> indices = parser.text();
                case TIME_FIELD -> timeField = parser.text();
                case WINDOW -> window = TimeValue.parseTimeValue(parser.text(), WINDOW);
                case EXCLUDE_ACCOUNT_KINDS -> excludeAccountKinds = parser.list().stream().map(String::valueOf).toList();
                case MODEL_SET -> modelSet = parser.text();
                case MODELS -> models = JobModels.parseList(parser);
                case MODEL -> models = JobModels.parseOne(parser);
                default -> parser.skipChildren();
            }
        }
        try {
            return new UebaJob(name, enabled, schedule, enabledTime, lastUpdateTime, lockDurationSeconds, indices, timeField, window,
                excludeAccountKinds, modelSet, models);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject().field(NAME, name).field(ENABLED, enabled).field(SCHEDULE, schedule);
        if (enabledTime != null) {
            builder.field(ENABLED_TIME, enabledTime.toEpochMilli());
        }
        builder.field(LAST_UPDATE_TIME, lastUpdateTime.toEpochMilli());
        if (lockDurationSeconds != null) {
            builder.field(LOCK_DURATION_SECONDS, lockDurationSeconds);
        }
        builder.field(INDICES, indices)
            .field(TIME_FIELD, timeField)
            .field(WINDOW, window.getStringRep())
            .field(EXCLUDE_ACCOUNT_KINDS, excludeAccountKinds)
            .field(MODEL_SET, modelSet);
        return models.toXContent(builder, params).endObject();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Instant getLastUpdateTime() {
        return lastUpdateTime;
    }

    @Override
    public Instant getEnabledTime() {
        return enabledTime;
    }

    @Override
    public Schedule getSchedule() {
        return schedule;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Long getLockDurationSeconds() {
        return lockDurationSeconds;
    }
}

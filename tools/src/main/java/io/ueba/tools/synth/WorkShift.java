package io.ueba.tools.synth;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a user usually works, in their own time zone.
 *
 * @param start  local time the shift starts
 * @param length how long it lasts; a night shift runs past midnight
 * @param days   the days a shift starts on
 */
public record WorkShift(LocalTime start, Duration length, Set<DayOfWeek> days) {

    static final Set<DayOfWeek> WEEKDAYS = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** Night shifts start Sunday to Thursday evening, so that they cover the weekday nights. */
    static final Set<DayOfWeek> WEEKDAY_NIGHTS = Collections.unmodifiableSet(
        EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
    );

    public WorkShift {
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public boolean night() {
        return start.isAfter(LocalTime.NOON);
    }

    public boolean startsOn(DayOfWeek day) {
        return days.contains(day);
    }
}

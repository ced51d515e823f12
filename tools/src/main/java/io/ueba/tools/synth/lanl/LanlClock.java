package io.ueba.tools.synth.lanl;

import io.ueba.ml.dataset.LoginFormat;

import java.time.DayOfWeek;
import java.time.ZoneOffset;

/**
 * Days and hours on the LANL clock, whose times are seconds from an epoch the data does not state. Day 0 starts at
 * second 0, and its weekday is the one of the epoch the readers assume by default, so that the weekends the
 * simulation gives are the weekends the models see.
 */
final class LanlClock {

    static final long DAY = 86_400;
    static final long HOUR = 3_600;
    private static final DayOfWeek FIRST_DAY = LoginFormat.Options.DEFAULT_LANL_EPOCH.atZone(ZoneOffset.UTC).getDayOfWeek();

    private LanlClock() {}

    static DayOfWeek weekday(int day) {
        return FIRST_DAY.plus(day);
    }

    static boolean weekend(int day) {
        DayOfWeek weekday = weekday(day);
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** The second at an hour of a day; hours past 24 run into the next day. Never before second 1. */
    static long at(int day, double hour) {
        return Math.max(1, day * DAY + Math.round(hour * HOUR));
    }

    static int day(long time) {
        return (int) (time / DAY);
    }
}

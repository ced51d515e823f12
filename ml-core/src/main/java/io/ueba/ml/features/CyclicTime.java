package io.ueba.ml.features;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Time of day and day of week as points on circles, so that 23:59 sits next to 00:00 and Sunday next to Monday.
 * Times are read in UTC: a per-user time zone is a behaviour the profile learns, not something the log states.
 */
public record CyclicTime(double hourOfDay, double hourSin, double hourCos, double daySin, double dayCos, boolean weekend) {

    public static CyclicTime of(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        double hour = utc.getHour() + utc.getMinute() / 60.0 + utc.getSecond() / 3600.0;
        double hourAngle = 2 * Math.PI * hour / 24;
        // Monday = 0 ... Sunday = 6, with the hour so that the week is continuous too.
        double dayAngle = 2 * Math.PI * ((utc.getDayOfWeek().getValue() - 1) + hour / 24) / 7;
        DayOfWeek day = utc.getDayOfWeek();
        return new CyclicTime(
            hour,
            Math.sin(hourAngle),
            Math.cos(hourAngle),
            Math.sin(dayAngle),
            Math.cos(dayAngle),
            day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
        );
    }

    /** The distance between two hours of the day on the clock face, 0 to 12. */
    public static double hourDistance(double a, double b) {
        double distance = Math.abs(a - b) % 24;
        return Math.min(distance, 24 - distance);
    }
}

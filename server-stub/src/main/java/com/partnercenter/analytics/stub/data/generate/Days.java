package com.partnercenter.analytics.stub.data.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Time arithmetic on UTC epoch milliseconds, the form the date columns store. */
final class Days {
    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;

    private Days() {
    }

    static long startOf(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long floorDay(long t) {
        return Math.floorDiv(t, DAY) * DAY;
    }

    /** The same time of day, {@code months} calendar months later (the day clamped to the month's length). */
    static long plusMonths(long t, int months) {
        long day = Math.floorDiv(t, DAY);
        long ms = Math.floorMod(t, DAY);
        return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay() * DAY + ms;
    }
}

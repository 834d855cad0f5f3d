package com.partnercenter.analytics.client.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * The wait the header asks for, counted from {@code now}; a date in the past is zero. {@code null} when there is
     * no header or it is neither form.
     */
    static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            try {
                BigDecimal seconds = new BigDecimal(value);
                if (seconds.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)) > 0) {
                    return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
                }
                return Duration.ofNanos(seconds.movePointRight(9).longValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

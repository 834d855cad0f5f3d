package com.partnercenter.analytics.spec;

import java.util.Locale;
import java.util.Optional;

/** The bucket size of grouped date fields ({@code aggregationLevel}). */
public enum AggregationLevel {
    DAY, WEEK, MONTH;

    /** The value as sent on the wire: {@code day}, {@code week} or {@code month}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level for a wire value, ignoring case; empty when there is none. */
    public static Optional<AggregationLevel> fromWireValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AggregationLevel level : values()) {
            if (level.wireValue().equalsIgnoreCase(value.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireValue();
    }
}

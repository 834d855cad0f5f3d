package com.partnercenter.analytics.spec;

/**
 * The JSON type of a row field, as the spec's row schema declares it. Decides which literals a filter may
 * compare the field with and which operators make sense.
 */
public enum FieldType {
    STRING, BOOLEAN, INTEGER, NUMBER,
    /**
     * {@code type: string} with {@code format: date-time} (sent with an offset) or {@code format: local-date-time}
     * (sent without one, UTC implied; DEV-36): an instant either way.
     */
    DATE_TIME,
    /** {@code type: string, format: date}. */
    DATE;

    /** True for the types whose values have an order (numbers and dates). */
    public boolean isOrdered() {
        return this == INTEGER || this == NUMBER || this == DATE_TIME || this == DATE;
    }

    /** True for date and date-time fields, which {@code aggregationLevel} buckets. */
    public boolean isTemporal() {
        return this == DATE_TIME || this == DATE;
    }
}

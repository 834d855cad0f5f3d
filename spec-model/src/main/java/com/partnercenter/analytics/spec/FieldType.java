package com.partnercenter.analytics.spec;

/**
 * The JSON type of a row field, as the spec's row schema declares it. Decides which literals a filter may
 * compare the field with and which operators make sense.
 */
public enum FieldType {
    STRING, BOOLEAN, INTEGER, NUMBER,
    /** {@code type: string, format: date-time}: the service's wire grammar, offset optional (UTC implied). */
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

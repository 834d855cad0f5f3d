package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.spec.FilterOperator;

import java.time.OffsetDateTime;

/** A condition an operation's own date parameter puts on the rows, beside the filter. */
public sealed interface DateCondition {
    /**
     * {@code field operator value}, as a filter comparison would say it: e.g. Azure usage's {@code startDate} is
     * {@code usageDate ge startDate}.
     *
     * @param field a field of the operation's capability matrix
     */
    record Bound(String field, FilterOperator operator, OffsetDateTime value) implements DateCondition {
    }

    /**
     * Rows whose {@code column} falls on the UTC day of {@code day}; with a null {@code day}, on the latest day the
     * column holds (the commercial licenses' {@code processedDateTime}). Every row when the table has no such
     * date column, or no date in it.
     *
     * @param column the row schema property (the table's column name)
     */
    record OnDay(String column, OffsetDateTime day) implements DateCondition {
    }
}

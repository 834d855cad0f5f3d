package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;
import com.partnercenter.analytics.stub.json.WireDates;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Dates and date-times as UTC epoch milliseconds; {@link #NULL} is null. Written in the property's
 * {@code x-pc-wire-format}; grouped by the day, week or month that holds them.
 */
public final class DateColumn extends Column {
    public static final long NULL = Long.MIN_VALUE;
    private static final long DAY = 86_400_000L;
    private final long[] values;
    private final byte kind;

    DateColumn(Property property, boolean hidden, long[] values, int size) {
        super(property, hidden, size);
        this.values = values;
        this.kind = WireDates.kind(property.wireFormat());
    }

    public long get(int row) {
        return values[row];
    }

    @Override
    public boolean isNull(int row) {
        return values[row] == NULL;
    }

    @Override
    void writeValue(JsonOut out, int row) {
        WireDates.write(out, values[row], kind);
    }

    @Override
    Object boxedValue(int row) {
        return values[row];
    }

    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.DateTimeLiteral d)) {
            return typeMismatch(operator);
        }
        long v = WireDates.toMillis(d.value());
        long[] values = this.values;
        return switch (operator) {
            case EQ -> row -> values[row] == v;
            case NE -> row -> values[row] != v;
            case GT -> row -> values[row] > v;
            case GE -> row -> values[row] >= v;
            // null is Long.MIN_VALUE: exclude it from lt and le
            case LT -> row -> values[row] < v && values[row] != NULL;
            case LE -> row -> values[row] <= v && values[row] != NULL;
            default -> RowPredicate.NONE;
        };
    }

    /** The latest date in the column, or {@link #NULL} when it holds none. */
    public long latest() {
        long latest = NULL;
        for (int r = 0; r < size(); r++) {
            latest = Math.max(latest, values[r]);
        }
        return latest;
    }

    /** Epoch milliseconds order dates; null ({@link #NULL}) is already the lowest. */
    @Override
    public long sortKey(int row) {
        return values[row];
    }

    @Override
    public long groupKey(int row, AggregationLevel level) {
        long v = values[row];
        return v == NULL ? NULL_KEY : bucket(v, level);
    }

    @Override
    public void writeGroupKey(JsonOut out, long key) {
        WireDates.write(out, key, kind);
    }

    /** The start of the day, week (Monday) or month that holds {@code millis}, UTC. */
    public static long bucket(long millis, AggregationLevel level) {
        long day = Math.floorDiv(millis, DAY);
        return switch (level == null ? AggregationLevel.DAY : level) {
            case DAY -> day * DAY;
            case WEEK -> (day - Math.floorMod(day + 3, 7)) * DAY;
            case MONTH -> LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay() * DAY;
        };
    }

    public static final class Builder extends ColumnBuilder {
        private long[] values;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            values = new long[Math.max(capacity, 16)];
        }

        public void append(long epochMillis) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = epochMillis;
        }

        @Override
        void appendNonNull(Object value) {
            append((Long) value);
        }

        @Override
        public void appendNull() {
            append(NULL);
        }

        @Override
        Column build() {
            return new DateColumn(property, hidden, Arrays.copyOf(values, size), size);
        }
    }
}

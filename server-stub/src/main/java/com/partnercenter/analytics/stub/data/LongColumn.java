package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;

/** Whole numbers; a bit set marks nulls. */
public final class LongColumn extends NumberColumn {
    private final long[] values;

    LongColumn(Property property, boolean hidden, long[] values, BitSet nulls, int size) {
        super(property, hidden, nulls, size);
        this.values = values;
    }

    public long get(int row) {
        return values[row];
    }

    @Override
    void writeValue(JsonOut out, int row) {
        out.number(values[row]);
    }

    @Override
    Object boxedValue(int row) {
        return values[row];
    }

    /** Whole literals compare as longs; a literal with a fraction compares exactly, as a decimal. */
    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.NumberLiteral n)) {
            return typeMismatch(operator);
        }
        long[] values = this.values;
        BigDecimal v = n.value();
        try {
            long exact = v.longValueExact();
            return row -> !isNull(row) && holds(operator, Long.compare(values[row], exact));
        } catch (ArithmeticException notWhole) {
            return row -> !isNull(row) && holds(operator, BigDecimal.valueOf(values[row]).compareTo(v));
        }
    }

    @Override
    long bits(int row) {
        return values[row];
    }

    @Override
    long ordered(int row) {
        return values[row];
    }

    @Override
    long whole(int row) {
        return values[row];
    }

    @Override
    public void writeGroupKey(JsonOut out, long key) {
        out.number(key);
    }

    /** A whole-number column stays one when copied, also for a {@code number} property (Azure usage quantity, DEV-40). */
    @Override
    ColumnBuilder emptyBuilder(int capacity) {
        return new Builder(property(), hidden(), capacity);
    }

    public static final class Builder extends NumberColumn.Builder {
        private long[] values;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            values = new long[Math.max(capacity, 16)];
        }

        @Override
        void appendNonNull(Object value) {
            if (value instanceof Double d && d != Math.rint(d)) {
                // a whole-number column never rounds: the caller must say where the fraction came from
                throw new IllegalArgumentException("a fractional value (" + d + ") for the whole-number column " + property.name());
            }
            append(((Number) value).longValue());
        }

        public void append(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        @Override
        void appendZero() {
            append(0);
        }

        @Override
        Column build() {
            return new LongColumn(property, hidden, Arrays.copyOf(values, size), nulls, size);
        }
    }
}

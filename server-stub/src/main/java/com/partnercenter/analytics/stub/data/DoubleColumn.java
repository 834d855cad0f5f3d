package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;
import java.util.BitSet;

/** Numbers with a fraction; a bit set marks nulls. */
public final class DoubleColumn extends NumberColumn {
    private final double[] values;

    DoubleColumn(Property property, boolean hidden, double[] values, BitSet nulls, int size) {
        super(property, hidden, nulls, size);
        this.values = values;
    }

    public double get(int row) {
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

    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.NumberLiteral n)) {
            return typeMismatch(operator);
        }
        double[] values = this.values;
        double v = n.value().doubleValue();
        return row -> !isNull(row) && holds(operator, Double.compare(values[row], v));
    }

    @Override
    long bits(int row) {
        return Double.doubleToLongBits(values[row]);
    }

    @Override
    long ordered(int row) {
        return orderedBits(Double.doubleToLongBits(values[row]));
    }

    /** Group keys are a double's bits: sort them as the doubles they are. */
    @Override
    public long groupSortKey(long key) {
        return orderedBits(key);
    }

    /** Turns a double's bits into a long that orders as the doubles do. */
    private static long orderedBits(long bits) {
        return bits < 0 ? bits ^ 0x7FFF_FFFF_FFFF_FFFFL : bits;
    }

    @Override
    public void writeGroupKey(JsonOut out, long key) {
        out.number(Double.longBitsToDouble(key));
    }

    /** Grouped counts are whole: a value with a fraction adds its nearest whole number. */
    @Override
    long whole(int row) {
        return Math.round(values[row]);
    }

    public static final class Builder extends NumberColumn.Builder {
        private double[] values;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            values = new double[Math.max(capacity, 16)];
        }

        @Override
        void appendNonNull(Object value) {
            append(((Number) value).doubleValue());
        }

        public void append(double v) {
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
            return new DoubleColumn(property, hidden, Arrays.copyOf(values, size), nulls, size);
        }
    }
}

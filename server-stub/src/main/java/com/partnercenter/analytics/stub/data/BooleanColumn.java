package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;

/** Booleans as bytes: 0 false, 1 true, 2 null. The byte is also the value's sort and group key. */
public final class BooleanColumn extends Column {
    public static final byte FALSE = 0;
    public static final byte TRUE = 1;
    public static final byte NULL = 2;
    private final byte[] values;

    BooleanColumn(Property property, boolean hidden, byte[] values, int size) {
        super(property, hidden, size);
        this.values = values;
    }

    @Override
    public boolean isNull(int row) {
        return values[row] == NULL;
    }

    @Override
    void writeValue(JsonOut out, int row) {
        out.bool(values[row] == TRUE);
    }

    @Override
    Object boxedValue(int row) {
        return values[row] == TRUE;
    }

    /** {@code eq} and {@code ne} only: booleans have no order. */
    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.BooleanLiteral b)) {
            return typeMismatch(operator);
        }
        byte v = b.value() ? TRUE : FALSE;
        byte[] values = this.values;
        return operator == FilterOperator.EQ ? row -> values[row] == v
                : operator == FilterOperator.NE ? row -> values[row] != v : RowPredicate.NONE;
    }

    @Override
    public long sortKey(int row) {
        byte v = values[row];
        return v == NULL ? NULL_KEY : v;
    }

    @Override
    public long groupKey(int row, AggregationLevel level) {
        return sortKey(row);
    }

    @Override
    public void writeGroupKey(JsonOut out, long key) {
        out.bool(key == TRUE);
    }

    public static final class Builder extends ColumnBuilder {
        private byte[] values;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            values = new byte[Math.max(capacity, 16)];
        }

        private void put(byte v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        public void append(boolean v) {
            put(v ? TRUE : FALSE);
        }

        @Override
        void appendNonNull(Object value) {
            append((Boolean) value);
        }

        @Override
        public void appendNull() {
            put(NULL);
        }

        @Override
        Column build() {
            return new BooleanColumn(property, hidden, Arrays.copyOf(values, size), size);
        }
    }
}

package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AggregationLevel;

import java.util.BitSet;

/**
 * What whole numbers ({@link LongColumn}) and numbers with a fraction ({@link DoubleColumn}) share: a bit set
 * marks the null rows (the value array holds 0 there), the group key is the value's bits, nulls sort first, and
 * a grouped count adds the values up. The value arrays stay primitive in each subclass, so no value is boxed.
 */
public abstract sealed class NumberColumn extends Column permits LongColumn, DoubleColumn {
    private final BitSet nulls;

    NumberColumn(Property property, boolean hidden, BitSet nulls, int size) {
        super(property, hidden, size);
        this.nulls = nulls;
    }

    @Override
    public final boolean isNull(int row) {
        return nulls != null && nulls.get(row);
    }

    /** The value as a long that is equal exactly when the values are: the value itself or its bits. */
    abstract long bits(int row);

    /** The value as a long that orders as the values do. */
    abstract long ordered(int row);

    /** The value as a whole number, for grouped counts. */
    abstract long whole(int row);

    @Override
    public final long groupKey(int row, AggregationLevel level) {
        return isNull(row) ? NULL_KEY : bits(row);
    }

    @Override
    public final long sortKey(int row) {
        return isNull(row) ? NULL_KEY : ordered(row);
    }

    /** Grouped counts add the values up; a null adds nothing. */
    @Override
    public final long countOf(int row) {
        return isNull(row) ? 0 : whole(row);
    }

    /** Collects numbers, marking nulls in a bit set. */
    abstract static sealed class Builder extends ColumnBuilder permits LongColumn.Builder, DoubleColumn.Builder {
        BitSet nulls;

        Builder(Property property, boolean hidden) {
            super(property, hidden);
        }

        /** Appends 0, the value array's placeholder for a null. */
        abstract void appendZero();

        @Override
        public final void appendNull() {
            if (nulls == null) {
                nulls = new BitSet();
            }
            nulls.set(size);
            appendZero();
        }
    }
}

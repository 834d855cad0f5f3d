package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;
import java.util.BitSet;

/** Whole numbers; a bit set marks nulls. */
public final class LongColumn extends Column {
    private final long[] values;
    private final BitSet nulls;
    private final int size;

    LongColumn(Property property, boolean hidden, long[] values, BitSet nulls, int size) {
        super(property, hidden);
        this.values = values;
        this.nulls = nulls;
        this.size = size;
    }

    public long get(int row) {
        return values[row];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isNull(int row) {
        return nulls != null && nulls.get(row);
    }

    @Override
    public void write(JsonOut out, int row) {
        if (isNull(row)) {
            out.nul();
        } else {
            out.number(values[row]);
        }
    }

    @Override
    public Object value(int row) {
        return isNull(row) ? null : values[row];
    }

    public static final class Builder extends ColumnBuilder {
        private long[] values;
        private BitSet nulls;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            values = new long[Math.max(capacity, 16)];
        }

        public void append(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        @Override
        public void appendNull() {
            if (nulls == null) {
                nulls = new BitSet();
            }
            nulls.set(size);
            append(0);
        }

        @Override
        Column build() {
            return new LongColumn(property, hidden, Arrays.copyOf(values, size), nulls, size);
        }
    }
}

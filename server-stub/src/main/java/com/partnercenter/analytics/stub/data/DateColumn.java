package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;
import com.partnercenter.analytics.stub.json.WireDates;

import java.util.Arrays;

/**
 * Dates and date-times as UTC epoch milliseconds; {@link #NULL} is null. Written in the property's
 * {@code x-pc-wire-format}.
 */
public final class DateColumn extends Column {
    public static final long NULL = Long.MIN_VALUE;
    private final long[] values;
    private final int size;
    private final byte kind;

    DateColumn(Property property, boolean hidden, long[] values, int size) {
        super(property, hidden);
        this.values = values;
        this.size = size;
        this.kind = WireDates.kind(property.wireFormat());
    }

    public long get(int row) {
        return values[row];
    }

    /** The wire form ({@link WireDates#LOCAL}, {@link WireDates#OFFSET} or {@link WireDates#DATE}). */
    public byte kind() {
        return kind;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isNull(int row) {
        return values[row] == NULL;
    }

    @Override
    public void write(JsonOut out, int row) {
        long v = values[row];
        if (v == NULL) {
            out.nul();
        } else {
            WireDates.write(out, v, kind);
        }
    }

    @Override
    public Object value(int row) {
        long v = values[row];
        return v == NULL ? null : v;
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
        public void appendNull() {
            append(NULL);
        }

        @Override
        Column build() {
            return new DateColumn(property, hidden, Arrays.copyOf(values, size), size);
        }
    }
}

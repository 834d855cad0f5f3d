package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;

/** Booleans as bytes: 0 false, 1 true, 2 null. */
public final class BooleanColumn extends Column {
    public static final byte FALSE = 0;
    public static final byte TRUE = 1;
    public static final byte NULL = 2;
    private final byte[] values;
    private final int size;

    BooleanColumn(Property property, boolean hidden, byte[] values, int size) {
        super(property, hidden);
        this.values = values;
        this.size = size;
    }

    public byte raw(int row) {
        return values[row];
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
        byte v = values[row];
        if (v == NULL) {
            out.nul();
        } else {
            out.bool(v == TRUE);
        }
    }

    @Override
    public Object value(int row) {
        byte v = values[row];
        return v == NULL ? null : v == TRUE;
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
        public void appendNull() {
            put(NULL);
        }

        @Override
        Column build() {
            return new BooleanColumn(property, hidden, Arrays.copyOf(values, size), size);
        }
    }
}

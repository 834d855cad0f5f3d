package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;

/** Strings as dictionary codes; -1 is null. */
public final class StringColumn extends Column {
    public static final int NULL = -1;
    private final Dictionary dictionary;
    private final int[] codes;
    private final int size;

    StringColumn(Property property, boolean hidden, Dictionary dictionary, int[] codes, int size) {
        super(property, hidden);
        this.dictionary = dictionary;
        this.codes = codes;
        this.size = size;
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    public int code(int row) {
        return codes[row];
    }

    /** The code array itself, for tight loops (read only). */
    public int[] codes() {
        return codes;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isNull(int row) {
        return codes[row] == NULL;
    }

    public String string(int row) {
        int c = codes[row];
        return c == NULL ? null : dictionary.value(c);
    }

    @Override
    public void write(JsonOut out, int row) {
        int c = codes[row];
        if (c == NULL) {
            out.nul();
        } else {
            out.raw(dictionary.json(c));
        }
    }

    @Override
    public Object value(int row) {
        return string(row);
    }

    public static final class Builder extends ColumnBuilder {
        private final Dictionary dictionary = new Dictionary();
        private int[] codes;

        Builder(Property property, boolean hidden, int capacity) {
            super(property, hidden);
            codes = new int[Math.max(capacity, 16)];
        }

        public int intern(String value) {
            return dictionary.intern(value);
        }

        public void appendCode(int code) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
        }

        public void append(String value) {
            appendCode(value == null ? NULL : dictionary.intern(value));
        }

        @Override
        public void appendNull() {
            appendCode(NULL);
        }

        @Override
        Column build() {
            return new StringColumn(property, hidden, dictionary, size == codes.length ? codes : Arrays.copyOf(codes, size), size);
        }
    }
}

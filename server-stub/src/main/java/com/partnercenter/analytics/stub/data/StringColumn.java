package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;

/**
 * Strings as dictionary codes; -1 is null. Equality compares codes, {@code contains} is decided once per distinct
 * value, order is the dictionary's rank of a code.
 */
public final class StringColumn extends Column {
    public static final int NULL = -1;
    private final Dictionary dictionary;
    private final int[] codes;

    StringColumn(Property property, boolean hidden, Dictionary dictionary, int[] codes, int size) {
        super(property, hidden, size);
        this.dictionary = dictionary;
        this.codes = codes;
    }

    public Dictionary dictionary() {
        return dictionary;
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
    void writeValue(JsonOut out, int row) {
        out.raw(dictionary.json(codes[row]));
    }

    @Override
    Object boxedValue(int row) {
        return dictionary.value(codes[row]);
    }

    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.StringLiteral s)) {
            return typeMismatch(operator);
        }
        int[] codes = this.codes;
        boolean eq = operator == FilterOperator.EQ;
        if (eq || operator == FilterOperator.NE) {
            int code = dictionary.code(s.value());
            if (code < 0) {
                return eq ? RowPredicate.NONE : RowPredicate.ALL;
            }
            return eq ? row -> codes[row] == code : row -> codes[row] != code;
        }
        String v = s.value();
        return row -> {
            String value = string(row);
            return value != null && holds(operator, value.compareTo(v));
        };
    }

    @Override
    public RowPredicate contains(String text) {
        boolean[] hit = new boolean[dictionary.size()];
        boolean any = false;
        for (int code = 0; code < hit.length; code++) {
            hit[code] = dictionary.value(code).contains(text);
            any |= hit[code];
        }
        if (!any) {
            return RowPredicate.NONE;
        }
        int[] codes = this.codes;
        return row -> {
            int code = codes[row];
            return code >= 0 && hit[code];
        };
    }

    @Override
    public long sortKey(int row) {
        int code = codes[row];
        return code == NULL ? NULL_KEY : dictionary.ranks()[code];
    }

    @Override
    public long groupKey(int row, AggregationLevel level) {
        int code = codes[row];
        return code == NULL ? NULL_KEY : code;
    }

    @Override
    public long groupSortKey(long key) {
        return dictionary.ranks()[(int) key];
    }

    @Override
    public void writeGroupKey(JsonOut out, long key) {
        out.raw(dictionary.json((int) key));
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

package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.StringComparison;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;

/**
 * Strings as dictionary codes; -1 is null. Equality compares codes, {@code contains} is decided once per distinct
 * value, order is the dictionary's rank of a code. A column compares case-sensitively; its
 * {@link #comparedAs(StringComparison) ignore-case view} (DEV-42) compares, groups and orders the canonical codes
 * and ranks of the folded dictionary instead, still without touching a string per row.
 */
public final class StringColumn extends Column {
    public static final int NULL = -1;
    private final Dictionary dictionary;
    private final int[] codes;
    /** The folded dictionary of an ignore-case view; null when values compare case-sensitively. */
    private final FoldedDictionary folded;

    StringColumn(Property property, boolean hidden, Dictionary dictionary, int[] codes, int size) {
        this(property, hidden, dictionary, codes, size, null);
    }

    private StringColumn(Property property, boolean hidden, Dictionary dictionary, int[] codes, int size, FoldedDictionary folded) {
        super(property, hidden, size);
        this.dictionary = dictionary;
        this.codes = codes;
        this.folded = folded;
    }

    @Override
    public Column comparedAs(StringComparison comparison) {
        if (comparison == StringComparison.CASE_SENSITIVE) {
            return folded == null ? this : new StringColumn(property(), hidden(), dictionary, codes, size(), null);
        }
        FoldedDictionary f = dictionary.folded();
        // (values already in folded form, such as upper-case GUIDs, share the dictionary's own arrays; the view
        // still folds the literal)
        return f == folded ? this : new StringColumn(property(), hidden(), dictionary, codes, size(), f);
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

    /** The copy keeps every code: the builder interns the dictionary in its order first. */
    @Override
    void copyTo(ColumnBuilder to, int rows) {
        StringColumn.Builder builder = (StringColumn.Builder) to;
        for (int code = 0; code < dictionary.size(); code++) {
            builder.intern(dictionary.value(code));
        }
        for (int r = 0; r < rows; r++) {
            builder.appendCode(codes[r]);
        }
    }

    @Override
    public RowPredicate compare(FilterOperator operator, Literal literal) {
        if (!(literal instanceof Literal.StringLiteral s)) {
            return typeMismatch(operator);
        }
        int[] codes = this.codes;
        boolean eq = operator == FilterOperator.EQ;
        if (eq || operator == FilterOperator.NE) {
            int code = folded == null ? dictionary.code(s.value()) : folded.code(dictionary, s.value());
            if (code < 0) {
                return eq ? RowPredicate.NONE : RowPredicate.ALL;
            }
            int[] canonical = folded == null ? null : folded.canonical;
            if (canonical != null) {
                // several spellings of one value: compare their canonical code
                return eq ? row -> codes[row] >= 0 && canonical[codes[row]] == code
                        : row -> codes[row] < 0 || canonical[codes[row]] != code;
            }
            return eq ? row -> codes[row] == code : row -> codes[row] != code;
        }
        StringComparison comparison = folded == null ? StringComparison.CASE_SENSITIVE : StringComparison.IGNORE_CASE;
        String v = s.value();
        return row -> {
            String value = string(row);
            return value != null && holds(operator, comparison.compare(value, v));
        };
    }

    @Override
    public RowPredicate contains(String text) {
        // the needle folded once, not once per distinct value (that allocated a string per value: 4.9 MB a call
        // over the million-row benchmark's customer names)
        String needle = folded == null ? text : StringComparison.IGNORE_CASE.fold(text);
        boolean[] hit = folded == null ? dictionary.searchText().containing(needle) : folded.containing(dictionary, needle);
        boolean any = false;
        for (boolean h : hit) {
            any |= h;
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
        return code == NULL ? NULL_KEY : ranks()[code];
    }

    @Override
    public long groupKey(int row, AggregationLevel level) {
        int code = codes[row];
        if (code == NULL) {
            return NULL_KEY;
        }
        return folded == null || folded.canonical == null ? code : folded.canonical[code];
    }

    @Override
    public long groupSortKey(long key) {
        return ranks()[(int) key];
    }

    /** For each code, its position in the order of the values as this column compares them. */
    private int[] ranks() {
        return folded == null ? dictionary.ranks() : folded.ranks;
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
        void appendNonNull(Object value) {
            append((String) value);
        }

        @Override
        Column build() {
            return new StringColumn(property, hidden, dictionary, size == codes.length ? codes : Arrays.copyOf(codes, size), size);
        }
    }
}

package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.StringComparison;
import com.partnercenter.analytics.stub.json.JsonOut;

/**
 * One column of a {@link Table}: the values of one row-schema property for every row, stored compactly
 * (dictionary codes for strings, epoch milliseconds for dates, primitive arrays otherwise), and what the query
 * engine and the row writer do with a value of its type: compare it with a filter literal, key and order it,
 * group it, add it up and write it. Everything per row works on primitives (no boxing).
 */
public abstract sealed class Column permits StringColumn, BooleanColumn, NumberColumn, DateColumn {
    /** The group key of a null value (and the sort key of a null: nulls sort first). */
    public static final long NULL_KEY = Long.MIN_VALUE;

    private final Property property;
    private final byte[] encodedKey;
    private final boolean hidden;
    private final int size;

    Column(Property property, boolean hidden, int size) {
        this.property = property;
        this.encodedKey = JsonOut.encodeKey(property.name());
        this.hidden = hidden;
        this.size = size;
    }

    public Property property() {
        return property;
    }

    public String name() {
        return property.name();
    }

    /** {@code "name":}, UTF-8. */
    public byte[] encodedKey() {
        return encodedKey;
    }

    /**
     * Hidden columns feed aggregates but are not written in plain rows (e.g. the per-search counts that only
     * grouped search rows carry).
     */
    public boolean hidden() {
        return hidden;
    }

    public final int size() {
        return size;
    }

    public abstract boolean isNull(int row);

    /**
     * This column as a field whose string values compare by {@code comparison} sees it (DEV-42): filters, group keys
     * and sort keys of the returned column follow it. Only strings have letter case: other columns return themselves.
     */
    public Column comparedAs(StringComparison comparison) {
        return this;
    }

    /** Writes the row's value (or {@code null}). */
    public final void write(JsonOut out, int row) {
        if (isNull(row)) {
            out.nul();
        } else {
            writeValue(out, row);
        }
    }

    /** Writes the row's value, which is not null. */
    abstract void writeValue(JsonOut out, int row);

    /** The value as a Java object (String, Boolean, Long, Double, or Long epoch millis for dates), or null. */
    public final Object value(int row) {
        return isNull(row) ? null : boxedValue(row);
    }

    /** The row's value, which is not null, as a Java object. */
    abstract Object boxedValue(int row);

    /** An empty builder of a column like this one (same property, visibility and kind of storage). */
    ColumnBuilder emptyBuilder(int capacity) {
        return ColumnBuilder.forProperty(property, hidden, capacity);
    }

    /** Appends this column's first {@code rows} values to {@code to}, a builder of the same type. */
    void copyTo(ColumnBuilder to, int rows) {
        for (int r = 0; r < rows; r++) {
            to.appendValue(value(r));
        }
    }

    // ---------------------------------------------------------------- filter

    /**
     * The rows whose value stands in {@code operator} to {@code literal} (not null: the compiler decides
     * {@code eq null} and {@code ne null}). A null value makes every ordering comparison false.
     */
    public abstract RowPredicate compare(FilterOperator operator, Literal literal);

    /** {@code contains(field,'text')}: substring, compared as the column compares; only strings contain anything. */
    public RowPredicate contains(String text) {
        return RowPredicate.NONE;
    }

    /**
     * A literal of another type than the column holds (the validator coerced it by the spec's type, a data file
     * holds another): no value equals it.
     */
    static RowPredicate typeMismatch(FilterOperator operator) {
        return operator == FilterOperator.NE ? RowPredicate.ALL : RowPredicate.NONE;
    }

    /** Whether a comparison result {@code cmp} (as {@code compareTo} gives it) satisfies {@code operator}. */
    static boolean holds(FilterOperator operator, int cmp) {
        return switch (operator) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- orderby, groupby, aggregates

    /** An order-preserving long for the row's value; {@link #NULL_KEY} (lowest) for null. */
    public abstract long sortKey(int row);

    /**
     * A key that is equal for two rows exactly when their values are equal (dates: when they fall in the same
     * bucket of {@code level}); {@link #NULL_KEY} for null.
     */
    public abstract long groupKey(int row, AggregationLevel level);

    /** The order-preserving long of a group key (not {@link #NULL_KEY}) that {@link #groupKey} gave. */
    public long groupSortKey(long key) {
        return key;
    }

    /** Writes a group key (not {@link #NULL_KEY}) that {@link #groupKey} gave, as the row value it stands for. */
    public abstract void writeGroupKey(JsonOut out, long key);

    /** What the row adds to a grouped count: the value for numbers (null adds nothing), otherwise one row. */
    public long countOf(int row) {
        return 1;
    }
}

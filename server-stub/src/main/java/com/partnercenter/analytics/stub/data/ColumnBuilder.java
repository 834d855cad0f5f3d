package com.partnercenter.analytics.stub.data;

/** Collects one column's values row by row. */
public abstract sealed class ColumnBuilder
        permits StringColumn.Builder, BooleanColumn.Builder, NumberColumn.Builder, DateColumn.Builder {
    final Property property;
    final boolean hidden;
    int size;

    ColumnBuilder(Property property, boolean hidden) {
        this.property = property;
        this.hidden = hidden;
    }

    public Property property() {
        return property;
    }

    public int size() {
        return size;
    }

    public abstract void appendNull();

    /** Appends a value as {@link Column#value} gives it (String, Boolean, Long, Double, Long epoch millis), or null. */
    public final void appendValue(Object value) {
        if (value == null) {
            appendNull();
        } else {
            appendNonNull(value);
        }
    }

    abstract void appendNonNull(Object value);

    abstract Column build();

    static ColumnBuilder forProperty(Property property, boolean hidden, int capacity) {
        return switch (property.type()) {
            case STRING -> new StringColumn.Builder(property, hidden, capacity);
            case BOOLEAN -> new BooleanColumn.Builder(property, hidden, capacity);
            case INTEGER -> new LongColumn.Builder(property, hidden, capacity);
            case NUMBER -> new DoubleColumn.Builder(property, hidden, capacity);
            case DATE_TIME, DATE -> new DateColumn.Builder(property, hidden, capacity);
        };
    }
}

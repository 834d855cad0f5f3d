package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;

/**
 * One column of a {@link Table}: the values of one row-schema property for every row, stored compactly
 * (dictionary codes for strings, epoch milliseconds for dates, primitive arrays otherwise).
 */
public abstract sealed class Column permits StringColumn, BooleanColumn, LongColumn, DoubleColumn, DateColumn {
    private final Property property;
    private final byte[] encodedKey;
    private final boolean hidden;

    Column(Property property, boolean hidden) {
        this.property = property;
        this.encodedKey = JsonOut.encodeKey(property.name());
        this.hidden = hidden;
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

    public abstract int size();

    public abstract boolean isNull(int row);

    /** Writes the row's value (or {@code null}). */
    public abstract void write(JsonOut out, int row);

    /** The value as a Java object (String, Boolean, Long, Double, or Long epoch millis for dates), or null. */
    public abstract Object value(int row);
}

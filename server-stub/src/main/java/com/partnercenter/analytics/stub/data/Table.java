package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The rows of one resource, column by column, in the row schema's property order. Which properties have a
 * column is decided by the data: a property no row carries has no column and is not written.
 */
public final class Table {
    private final RowSchema schema;
    private final int size;
    private final Map<String, Column> columns;
    private final List<Column> visible;

    Table(RowSchema schema, int size, Map<String, Column> columns) {
        this.schema = schema;
        this.size = size;
        this.columns = Collections.unmodifiableMap(columns);
        List<Column> v = new ArrayList<>();
        for (Column c : columns.values()) {
            if (!c.hidden()) {
                v.add(c);
            }
        }
        this.visible = List.copyOf(v);
    }

    public RowSchema schema() {
        return schema;
    }

    public String name() {
        return schema.name();
    }

    public int size() {
        return size;
    }

    public Map<String, Column> columns() {
        return columns;
    }

    /** The columns plain rows carry, in the schema's order. */
    public List<Column> visibleColumns() {
        return visible;
    }

    /** The column of a capability-matrix field, compared as the field says (its wire name, DEV-42). */
    public Optional<Column> column(FieldCapability field) {
        return column(field.wireName()).map(c -> c.comparedAs(field.comparison()));
    }

    public Optional<Column> column(String key) {
        return Optional.ofNullable(columns.get(key));
    }

    /**
     * At most this many bytes of rendered rows are kept per table ({@link #renderedRow}); the default dataset's
     * subscriptions take about 17 MB in all.
     */
    public static final long MAX_RENDERED_BYTES = 64L << 20;

    private volatile AtomicReferenceArray<byte[]> rendered;
    private final AtomicLong renderedBytes = new AtomicLong();

    /**
     * A row's JSON as the row writer rendered it earlier ({@link #keepRendered}), or null. Tables never change, so a
     * row written once can be copied as bytes afterwards; filtering, counting and paging still run per request.
     */
    public byte[] renderedRow(int row) {
        AtomicReferenceArray<byte[]> r = rendered;
        return r == null ? null : r.get(row);
    }

    /** Keeps a row's rendered JSON while the table holds less than {@link #MAX_RENDERED_BYTES} of them. */
    public void keepRendered(int row, byte[] json) {
        if (renderedBytes.get() + json.length > MAX_RENDERED_BYTES) {
            return;
        }
        AtomicReferenceArray<byte[]> r = rendered;
        if (r == null) {
            synchronized (this) {
                r = rendered;
                if (r == null) {
                    r = new AtomicReferenceArray<>(size);
                    rendered = r;
                }
            }
        }
        if (r.compareAndSet(row, null, json)) {
            renderedBytes.addAndGet(json.length);
        }
    }

    /** Starts a table of this schema. */
    public static Builder builder(RowSchema schema, int capacity) {
        return new Builder(schema, capacity);
    }

    public static final class Builder {
        private final RowSchema schema;
        private final int capacity;
        private final Map<String, ColumnBuilder> builders = new LinkedHashMap<>();

        Builder(RowSchema schema, int capacity) {
            this.schema = schema;
            this.capacity = capacity;
        }

        public RowSchema schema() {
            return schema;
        }

        /** The builder of a column, created on first use; the key must be a property of the schema. */
        public ColumnBuilder column(String key) {
            return column(key, false);
        }

        public ColumnBuilder column(String key, boolean hidden) {
            ColumnBuilder b = builders.get(key);
            if (b == null) {
                Property p = schema.property(key).orElseThrow(() ->
                        new IllegalArgumentException("Schema " + schema.name() + " has no property '" + key + "'"));
                b = ColumnBuilder.forProperty(p, hidden, capacity);
                builders.put(key, b);
            }
            return b;
        }

        /** The builder of a column like {@code source} (same kind of storage), created on first use. */
        public ColumnBuilder columnLike(Column source) {
            return builders.computeIfAbsent(source.name(), k -> source.emptyBuilder(capacity));
        }

        public StringColumn.Builder string(String key) {
            return (StringColumn.Builder) column(key);
        }

        public DateColumn.Builder date(String key) {
            return (DateColumn.Builder) column(key);
        }

        /**
         * The builder of a column of whole numbers. A {@code number} property filled with whole numbers (the
         * generated Azure usage {@code quantity}, DEV-40) is kept in a long column too, so its values are written as
         * {@code 20}, as before the property became a {@code number}, not as {@code 20.0}.
         */
        public LongColumn.Builder integer(String key) {
            if (!builders.containsKey(key)) {
                schema.property(key).filter(p -> p.type() == FieldType.NUMBER)
                        .ifPresent(p -> builders.put(key, new LongColumn.Builder(p, false, capacity)));
            }
            return (LongColumn.Builder) column(key);
        }

        public LongColumn.Builder hiddenInteger(String key) {
            return (LongColumn.Builder) column(key, true);
        }

        public DoubleColumn.Builder number(String key) {
            return (DoubleColumn.Builder) column(key);
        }

        public BooleanColumn.Builder bool(String key) {
            return (BooleanColumn.Builder) column(key);
        }

        public boolean has(String key) {
            return builders.containsKey(key);
        }

        public int rows() {
            int n = -1;
            for (ColumnBuilder b : builders.values()) {
                n = Math.max(n, b.size());
            }
            return Math.max(n, 0);
        }

        public Table build() {
            int n = rows();
            Map<String, Column> cols = new LinkedHashMap<>();
            for (String key : schema.keys()) {
                ColumnBuilder b = builders.get(key);
                if (b == null) {
                    continue;
                }
                if (b.size() != n) {
                    throw new IllegalStateException("Column " + schema.name() + "." + key + " has " + b.size() + " values, expected " + n);
                }
                cols.put(key, b.build());
            }
            return new Table(schema, n, cols);
        }
    }
}

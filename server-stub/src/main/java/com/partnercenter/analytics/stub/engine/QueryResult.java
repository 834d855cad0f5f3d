package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.Table;

import java.util.List;

/** One page of a query's answer, and how many rows (or groups) match in all. */
public sealed interface QueryResult {
    /** Rows, or groups for a grouped query, that match over all pages. */
    int total();

    /** Rows (or groups) in this page. */
    int pageSize();

    /** Plain rows: the table's row numbers of this page, in order. */
    record Rows(Table table, int[] rows, int total) implements QueryResult {
        @Override
        public int pageSize() {
            return rows.length;
        }
    }

    /**
     * Grouped rows of this page: for each group, one key per grouped field (a dictionary code, boolean byte,
     * number, or date bucket in epoch milliseconds; {@link Groups#NULL_KEY} for null) and one value per aggregate.
     */
    record Groups(Table table, List<FieldCapability> fields, List<FieldCapability> aggregates, long[][] keys,
                  long[][] values, int total) implements QueryResult {
        public static final long NULL_KEY = Column.NULL_KEY;

        @Override
        public int pageSize() {
            return keys.length;
        }
    }
}

package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidationException;
import com.partnercenter.analytics.query.QueryValidator.SortKey;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.RowPredicate;
import com.partnercenter.analytics.stub.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link Query} over a {@link Table}: filters by scanning the columns, groups with dense integer keys and
 * primitive hash maps, sorts with a stable primitive sort, and cuts the page. Nothing is cached between
 * requests; the tables are read-only, so requests run concurrently.
 *
 * <p>Orders: plain rows keep the table's order unless {@code orderby} is given (ties keep it too). Groups are
 * ordered by their grouped fields, in the groupby order, ascending (nulls first), unless {@code orderby} is given.
 */
public final class QueryEngine {
    private QueryEngine() {
    }

    /**
     * The engine's one entry point: the page of {@code table} that a validated query selects. The query's filter
     * and date conditions are compiled into one predicate over the columns ({@link FilterCompiler}), then the
     * rows are matched, grouped or ordered, and the page cut.
     */
    public static QueryResult run(Table table, QueryCapabilities capabilities, Query query) {
        RowPredicate predicate = new FilterCompiler(table, capabilities).compile(query);
        if (!query.grouped() && query.orderBy().isEmpty()) {
            return page(table, query, predicate);
        }
        int[] matched = match(table, predicate);
        return query.grouped() ? group(table, capabilities, query, matched) : rows(table, query, matched);
    }

    /**
     * Plain rows in the table's order: every row is still tested (TotalCount counts every match), but only the
     * page's row numbers are kept, so a {@code top=100} query over many rows allocates one small array instead of
     * an array of every match (docs/benchmarks.md: that array was 43% of the stub's allocation under load).
     */
    private static QueryResult page(Table table, Query query, RowPredicate predicate) {
        int n = table.size();
        long from = query.skip();
        long to = from + query.top();
        if (predicate == RowPredicate.NONE) {
            return new QueryResult.Rows(table, new int[0], 0);
        }
        if (predicate == RowPredicate.ALL) {
            int a = (int) Math.min(from, n);
            int b = (int) Math.min(to, n);
            int[] rows = new int[b - a];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = a + i;
            }
            return new QueryResult.Rows(table, rows, n);
        }
        int[] page = new int[(int) Math.max(0, Math.min(query.top(), n))];
        int count = 0;
        int kept = 0;
        for (int row = 0; row < n; row++) {
            if (predicate.test(row)) {
                if (count >= from && count < to) {
                    page[kept++] = row;
                }
                count++;
            }
        }
        return new QueryResult.Rows(table, kept == page.length ? page : Arrays.copyOf(page, kept), count);
    }

    static int[] match(Table table, RowPredicate predicate) {
        int n = table.size();
        if (predicate == RowPredicate.ALL) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        if (predicate == RowPredicate.NONE) {
            return new int[0];
        }
        int[] out = new int[Math.min(n, 1024)];
        int count = 0;
        for (int row = 0; row < n; row++) {
            if (predicate.test(row)) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, Math.min(n, out.length * 2));
                }
                out[count++] = row;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    // ---------------------------------------------------------------- plain rows

    private static QueryResult rows(Table table, Query query, int[] matched) {
        int total = matched.length;
        int from = Math.min(query.skip(), total);
        int to = (int) Math.min((long) from + query.top(), total);
        if (query.orderBy().isEmpty() || total < 2) {
            return new QueryResult.Rows(table, Arrays.copyOfRange(matched, from, to), total);
        }
        List<SortKey> keys = query.orderBy();
        Column[] columns = new Column[keys.size()];
        boolean[] desc = new boolean[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            columns[k] = table.column(keys.get(k).field()).orElse(null);
            desc[k] = keys.get(k).descending();
        }
        if (to < total / 4) {
            // a page from the front of a long ordering: select it rather than sort every match, reading the sort
            // keys as it compares (a page of 100 of 100,000 rows compares each row about once)
            int[] first = IntSort.smallest(matched, total, to, order(desc, (k, row) -> sortKey(columns[k], row)));
            return new QueryResult.Rows(table, Arrays.copyOfRange(first, from, to), total);
        }
        // sorting most of the matches: read each sort key once
        long[][] values = new long[keys.size()][table.size()];
        for (int k = 0; k < keys.size(); k++) {
            for (int row : matched) {
                values[k][row] = sortKey(columns[k], row);
            }
        }
        IntSort.sort(matched, 0, total, order(desc, (k, row) -> values[k][row]));
        return new QueryResult.Rows(table, Arrays.copyOfRange(matched, from, to), total);
    }

    @FunctionalInterface
    private interface RowKey {
        long of(int key, int row);
    }

    /** The orderby keys in turn, each ascending or descending, then the table's order: a total order. */
    private static IntSort.IntComparator order(boolean[] desc, RowKey key) {
        return (a, b) -> {
            for (int k = 0; k < desc.length; k++) {
                int c = Long.compare(key.of(k, a), key.of(k, b));
                if (c != 0) {
                    return desc[k] ? -c : c;
                }
            }
            return Integer.compare(a, b);
        };
    }

    /** An order-preserving long for a value; null (and a field no row carries) sorts first. */
    private static long sortKey(Column column, int row) {
        return column == null ? Column.NULL_KEY : column.sortKey(row);
    }

    // ---------------------------------------------------------------- grouped rows

    private static QueryResult group(Table table, QueryCapabilities capabilities, Query query, int[] matched) {
        List<FieldCapability> fields = query.groupBy();
        List<FieldCapability> aggregates = capabilities.aggregateFields();
        int n = matched.length;
        int f = fields.size();
        Column[] columns = new Column[f];
        for (int i = 0; i < f; i++) {
            columns[i] = table.column(fields.get(i)).orElse(null);
        }

        // group id per matched row, adding one field at a time: (group so far, dense id of the field's value)
        int[] groupOf = new int[n];
        int groups = n == 0 ? 0 : 1;
        for (int i = 0; i < f && n > 0; i++) {
            LongIntMap fieldIds = new LongIntMap(1024);
            LongIntMap ids = new LongIntMap(Math.min(n, 1 << 16));
            for (int p = 0; p < n; p++) {
                int dense = fieldIds.getOrPut(rawKey(columns[i], matched[p], query.level()), fieldIds.size());
                long pair = ((long) groupOf[p] << 32) | (dense & 0xFFFF_FFFFL);
                groupOf[p] = ids.getOrPut(pair, ids.size());
            }
            groups = ids.size();
        }

        // representative row and aggregate values of each group
        int[] rep = new int[groups];
        Arrays.fill(rep, -1);
        int a = aggregates.size();
        long[][] sums = new long[a][groups];
        Column[] aggColumns = new Column[a];
        for (int k = 0; k < a; k++) {
            aggColumns[k] = table.column(aggregates.get(k).wireName()).orElse(null);
        }
        for (int p = 0; p < n; p++) {
            int g = groupOf[p];
            int row = matched[p];
            if (rep[g] < 0) {
                rep[g] = row;
            }
            for (int k = 0; k < a; k++) {
                Column c = aggColumns[k];
                // a count the data has no column for counts rows
                sums[k][g] += c == null ? 1 : c.countOf(row);
            }
        }

        // keys of each group, from its representative row
        long[][] keys = new long[groups][f];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < f; i++) {
                keys[g][i] = rawKey(columns[i], rep[g], query.level());
            }
        }

        // order: orderby keys (grouped fields or aggregates), then the grouped fields ascending
        int[] order = new int[groups];
        for (int g = 0; g < groups; g++) {
            order[g] = g;
        }
        long[][] sortValues = new long[f][groups];
        for (int i = 0; i < f; i++) {
            for (int g = 0; g < groups; g++) {
                sortValues[i][g] = groupSortKey(columns[i], keys[g][i]);
            }
        }
        List<long[]> orderValues = new ArrayList<>();
        List<Boolean> orderDesc = new ArrayList<>();
        for (SortKey key : query.orderBy()) {
            int fi = fields.indexOf(key.field());
            int ai = aggregates.indexOf(key.field());
            if (fi >= 0) {
                orderValues.add(sortValues[fi]);
            } else if (ai >= 0) {
                orderValues.add(sums[ai]);
            } else {
                throw new QueryValidationException("orderby", -1, key.field().name(), "field '" + key.field().name()
                        + "' is neither grouped nor an aggregate count, so grouped rows cannot be sorted by it");
            }
            orderDesc.add(key.descending());
        }
        for (int i = 0; i < f; i++) {
            orderValues.add(sortValues[i]);
            orderDesc.add(false);
        }
        long[][] ov = orderValues.toArray(new long[0][]);
        boolean[] od = new boolean[ov.length];
        for (int i = 0; i < od.length; i++) {
            od[i] = orderDesc.get(i);
        }
        if (groups > 1) {
            IntSort.sort(order, 0, groups, (x, y) -> {
                for (int k = 0; k < ov.length; k++) {
                    int c = Long.compare(ov[k][x], ov[k][y]);
                    if (c != 0) {
                        return od[k] ? -c : c;
                    }
                }
                return Integer.compare(x, y);
            });
        }

        int from = Math.min(query.skip(), groups);
        int to = (int) Math.min((long) from + query.top(), groups);
        long[][] pageKeys = new long[to - from][];
        long[][] pageValues = new long[to - from][a];
        for (int p = from; p < to; p++) {
            int g = order[p];
            pageKeys[p - from] = keys[g];
            for (int k = 0; k < a; k++) {
                pageValues[p - from][k] = sums[k][g];
            }
        }
        return new QueryResult.Groups(table, fields, aggregates, pageKeys, pageValues, groups);
    }

    /** A key that is equal for two rows exactly when their (bucketed) values are equal. */
    private static long rawKey(Column column, int row, AggregationLevel level) {
        return column == null ? QueryResult.Groups.NULL_KEY : column.groupKey(row, level);
    }

    private static long groupSortKey(Column column, long key) {
        return key == QueryResult.Groups.NULL_KEY ? Column.NULL_KEY : column.groupSortKey(key);
    }
}

package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidator.SortKey;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;

import java.util.List;

/**
 * A validated query against one table.
 *
 * @param predicate the compiled filter (plus parameter conditions such as {@code startDate}); {@link RowPredicate#ALL} for none
 * @param groupBy   the grouped fields, in the order given; empty for plain rows
 * @param level     the bucket size of grouped date fields
 * @param orderBy   the sort keys; empty for the default order
 * @param top       rows (or groups) per page
 * @param skip      rows (or groups) to skip
 */
public record Query(RowPredicate predicate, List<FieldCapability> groupBy, AggregationLevel level,
                    List<SortKey> orderBy, int top, int skip) {
    public Query {
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    public boolean grouped() {
        return !groupBy.isEmpty();
    }
}

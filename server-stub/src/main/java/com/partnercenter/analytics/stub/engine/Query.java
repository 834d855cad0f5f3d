package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.FilterExpression;
import com.partnercenter.analytics.query.QueryValidator.SortKey;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;

import java.util.List;

/**
 * A validated query against one operation's table, as {@link QueryEngine#run} takes it: what the query module's
 * {@code QueryValidator} made of the request's {@code filter}, {@code groupby}, {@code aggregationLevel} and
 * {@code orderby}, the paging, and the operation's own date parameters.
 *
 * @param filter         the validated filter; null for none
 * @param groupBy        the grouped fields, in the order given; empty for plain rows
 * @param level          the bucket size of grouped date fields
 * @param orderBy        the sort keys; empty for the default order
 * @param top            rows (or groups) per page
 * @param skip           rows (or groups) to skip
 * @param dateConditions the operation's date parameters ({@code startDate}, {@code processedDateTime}, ...); every
 *                       one must hold, as well as the filter
 */
public record Query(FilterExpression filter, List<FieldCapability> groupBy, AggregationLevel level,
                    List<SortKey> orderBy, int top, int skip, List<DateCondition> dateConditions) {
    public Query {
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        dateConditions = List.copyOf(dateConditions);
    }

    /** A query without date parameters. */
    public Query(FilterExpression filter, List<FieldCapability> groupBy, AggregationLevel level,
                 List<SortKey> orderBy, int top, int skip) {
        this(filter, groupBy, level, orderBy, top, skip, List.of());
    }

    public boolean grouped() {
        return !groupBy.isEmpty();
    }
}

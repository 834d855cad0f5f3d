package com.partnercenter.analytics.client.query;

import com.partnercenter.analytics.query.FilterExpression;
import com.partnercenter.analytics.query.FilterParser;
import com.partnercenter.analytics.query.QueryValidationException;
import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The query of an analytics call: {@code filter}, {@code groupby}, {@code aggregationLevel}, {@code orderby},
 * {@code top}, {@code skip}, and the operation-specific {@code processedDateTime}, {@code startDate} and
 * {@code endDate}. Immutable; build one with {@link #builder()}.
 *
 * <p>Filters are built with {@link com.partnercenter.analytics.query.Filters} (or parsed from text), so quoting,
 * escaping ({@code 'O''Brien'}) and date literals ({@code cast('2018-01-01', Edm.DateTimeOffset)}) are never done by
 * hand. Before any request is sent, the client checks the query against the operation's capability matrix
 * ({@code x-pc-query} in the spec) with {@link #toParameters(QueryCapabilities)}: an unknown field, a field that
 * cannot be grouped or sorted, or an operator the field does not take fails with a
 * {@link QueryValidationException} naming the field and what is allowed.
 */
public final class AnalyticsQuery {
    /** The largest page the service serves, and the default {@code top}. */
    public static final int MAX_TOP = 10000;

    private static final AnalyticsQuery EMPTY = new Builder().build();

    private final FilterExpression filter;
    private final List<String> groupBy;
    private final AggregationLevel aggregationLevel;
    private final List<String> orderBy;
    private final Integer top;
    private final Integer skip;
    private final OffsetDateTime processedDateTime;
    private final OffsetDateTime startDate;
    private final OffsetDateTime endDate;

    private AnalyticsQuery(Builder b) {
        this.filter = b.filter;
        this.groupBy = List.copyOf(b.groupBy);
        this.aggregationLevel = b.aggregationLevel;
        this.orderBy = List.copyOf(b.orderBy);
        this.top = b.top;
        this.skip = b.skip;
        this.processedDateTime = b.processedDateTime;
        this.startDate = b.startDate;
        this.endDate = b.endDate;
    }

    /** No parameters: the service's defaults (first 10000 rows, no filter). */
    public static AnalyticsQuery all() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filter = filter;
        b.groupBy.addAll(groupBy);
        b.aggregationLevel = aggregationLevel;
        b.orderBy.addAll(orderBy);
        b.top = top;
        b.skip = skip;
        b.processedDateTime = processedDateTime;
        b.startDate = startDate;
        b.endDate = endDate;
        return b;
    }

    public Optional<FilterExpression> filter() {
        return Optional.ofNullable(filter);
    }

    public List<String> groupBy() {
        return groupBy;
    }

    public Optional<AggregationLevel> aggregationLevel() {
        return Optional.ofNullable(aggregationLevel);
    }

    /** The sort keys as written on the wire: {@code field} or {@code field desc}. */
    public List<String> orderBy() {
        return orderBy;
    }

    public OptionalInt top() {
        return top == null ? OptionalInt.empty() : OptionalInt.of(top);
    }

    public OptionalInt skip() {
        return skip == null ? OptionalInt.empty() : OptionalInt.of(skip);
    }

    public Optional<OffsetDateTime> processedDateTime() {
        return Optional.ofNullable(processedDateTime);
    }

    public Optional<OffsetDateTime> startDate() {
        return Optional.ofNullable(startDate);
    }

    public Optional<OffsetDateTime> endDate() {
        return Optional.ofNullable(endDate);
    }

    /**
     * Checks the query against an operation's capability matrix and returns its query parameters, decoded, in a
     * fixed order ({@code filter}, {@code groupby}, {@code aggregationLevel}, {@code orderby}, {@code top},
     * {@code skip}, {@code processedDateTime}, {@code startDate}, {@code endDate}). Field names come out as the spec
     * spells them; dates as the service writes them (UTC, no offset).
     *
     * @throws QueryValidationException when the operation does not take a parameter, or a field or operator is not
     *                                  allowed; the message names the field and the allowed fields or operators
     */
    public Map<String, String> toParameters(QueryCapabilities capabilities) {
        Objects.requireNonNull(capabilities, "capabilities");
        QueryValidator validator = new QueryValidator(capabilities);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter != null) {
            requireParameter(capabilities, "filter");
            parameters.put("filter", validator.filter(filter).toFilterString());
        }
        if (!groupBy.isEmpty()) {
            requireParameter(capabilities, "groupby");
            parameters.put("groupby", String.join(",", validator.groupBy(groupBy).stream().map(FieldCapability::name).toList()));
        }
        if (aggregationLevel != null) {
            requireParameter(capabilities, "aggregationLevel");
            if (groupBy.isEmpty()) {
                throw new QueryValidationException("aggregationLevel", -1, aggregationLevel.wireValue(),
                        "aggregationLevel needs a groupby (the service answers 400 without one)");
            }
            parameters.put("aggregationLevel", validator.aggregationLevel(aggregationLevel.wireValue()).wireValue());
        }
        if (!orderBy.isEmpty()) {
            requireParameter(capabilities, "orderby");
            parameters.put("orderby", String.join(",",
                    validator.orderBy(orderBy).stream().map(QueryValidator.SortKey::toOrderByString).toList()));
        }
        if (top != null) {
            requireParameter(capabilities, "top");
            parameters.put("top", Integer.toString(top));
        }
        if (skip != null) {
            requireParameter(capabilities, "skip");
            parameters.put("skip", Integer.toString(skip));
        }
        putDate(capabilities, parameters, "processedDateTime", processedDateTime);
        putDate(capabilities, parameters, "startDate", startDate);
        putDate(capabilities, parameters, "endDate", endDate);
        return parameters;
    }

    private static void putDate(QueryCapabilities capabilities, Map<String, String> parameters, String name, OffsetDateTime value) {
        if (value != null) {
            requireParameter(capabilities, name);
            parameters.put(name, WireDateTimes.format(value, WireDateTimes.LOCAL_DATE_TIME));
        }
    }

    private static void requireParameter(QueryCapabilities capabilities, String name) {
        if (!capabilities.queryParameters().contains(name)) {
            throw new QueryValidationException(name, -1, null, "operation " + capabilities.operationId()
                    + " does not take '" + name + "' (its query parameters: " + String.join(", ", capabilities.queryParameters()) + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalyticsQuery q && Objects.equals(filter, q.filter) && groupBy.equals(q.groupBy)
                && aggregationLevel == q.aggregationLevel && orderBy.equals(q.orderBy) && Objects.equals(top, q.top)
                && Objects.equals(skip, q.skip) && Objects.equals(processedDateTime, q.processedDateTime)
                && Objects.equals(startDate, q.startDate) && Objects.equals(endDate, q.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filter, groupBy, aggregationLevel, orderBy, top, skip, processedDateTime, startDate, endDate);
    }

    @Override
    public String toString() {
        return "AnalyticsQuery[filter=" + (filter == null ? null : filter.toFilterString()) + ", groupby=" + groupBy
                + ", aggregationLevel=" + aggregationLevel + ", orderby=" + orderBy + ", top=" + top + ", skip=" + skip
                + ", processedDateTime=" + processedDateTime + ", startDate=" + startDate + ", endDate=" + endDate + "]";
    }

    /** Builds an {@link AnalyticsQuery}. Checks what it can without knowing the operation (bounds, syntax). */
    public static final class Builder {
        private FilterExpression filter;
        private final List<String> groupBy = new ArrayList<>();
        private AggregationLevel aggregationLevel;
        private final List<String> orderBy = new ArrayList<>();
        private Integer top;
        private Integer skip;
        private OffsetDateTime processedDateTime;
        private OffsetDateTime startDate;
        private OffsetDateTime endDate;

        private Builder() {
        }

        /** The rows to return, built with {@link com.partnercenter.analytics.query.Filters}; replaces any filter set before. */
        public Builder filter(FilterExpression filter) {
            this.filter = filter;
            return this;
        }

        /**
         * The rows to return, as filter text in the service's syntax, e.g. {@code autoRenewEnabled eq true}; parsed
         * now, so a syntax error fails here with its position.
         */
        public Builder filter(String filterText) {
            this.filter = filterText == null ? null : FilterParser.parse(filterText);
            return this;
        }

        /** Adds fields to group by, in order. */
        public Builder groupBy(String... fields) {
            for (String field : fields) {
                groupBy.add(Objects.requireNonNull(field, "groupBy field").trim());
            }
            return this;
        }

        /** The bucket size of grouped date fields: day, week or month (needs a groupby). */
        public Builder aggregationLevel(AggregationLevel level) {
            this.aggregationLevel = level;
            return this;
        }

        /** Adds an ascending sort key. */
        public Builder orderBy(String field) {
            orderBy.add(Objects.requireNonNull(field, "orderBy field").trim());
            return this;
        }

        /** Adds a descending sort key. */
        public Builder orderByDescending(String field) {
            orderBy.add(Objects.requireNonNull(field, "orderBy field").trim() + " desc");
            return this;
        }

        /** Rows per page, 1 to {@value #MAX_TOP}. */
        public Builder top(int top) {
            if (top < 1 || top > MAX_TOP) {
                throw new IllegalArgumentException("top must be from 1 to " + MAX_TOP + ", was " + top);
            }
            this.top = top;
            return this;
        }

        /** Rows to skip before the page starts, 0 or more. */
        public Builder skip(int skip) {
            if (skip < 0) {
                throw new IllegalArgumentException("skip must not be negative, was " + skip);
            }
            this.skip = skip;
            return this;
        }

        /** The processing date of the data (commercial license operations). */
        public Builder processedDateTime(OffsetDateTime processedDateTime) {
            this.processedDateTime = processedDateTime;
            return this;
        }

        /** The processing date of the data (commercial license operations), at midnight UTC. */
        public Builder processedDateTime(LocalDate processedDate) {
            return processedDateTime(processedDate == null ? null : processedDate.atStartOfDay().atOffset(ZoneOffset.UTC));
        }

        /** Only usage on or after this date (Azure usage). */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate == null ? null : startDate.atStartOfDay().atOffset(ZoneOffset.UTC);
            return this;
        }

        /** Only usage on or before this date (Azure usage). */
        public Builder endDate(LocalDate endDate) {
            this.endDate = endDate == null ? null : endDate.atStartOfDay().atOffset(ZoneOffset.UTC);
            return this;
        }

        public AnalyticsQuery build() {
            return new AnalyticsQuery(this);
        }

        /** Clears the group-by fields. */
        public Builder clearGroupBy() {
            groupBy.clear();
            return this;
        }

        /** Clears the sort keys. */
        public Builder clearOrderBy() {
            orderBy.clear();
            return this;
        }

    }
}

package com.partnercenter.analytics.query;

import com.partnercenter.analytics.query.FilterExpression.Comparison;
import com.partnercenter.analytics.query.FilterExpression.Contains;
import com.partnercenter.analytics.query.Literal.BooleanLiteral;
import com.partnercenter.analytics.query.Literal.DateTimeLiteral;
import com.partnercenter.analytics.query.Literal.NullLiteral;
import com.partnercenter.analytics.query.Literal.NumberLiteral;
import com.partnercenter.analytics.query.Literal.StringLiteral;
import com.partnercenter.analytics.spec.FilterOperator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Builds filters in code, so callers never quote or escape by hand:
 * <pre>{@code
 * Filters.field("customerMarket").eq("US")
 *        .and(Filters.contains("customerName", "O'Brien"))
 *        .and(Filters.field("creationDate").ge(LocalDate.of(2018, 1, 1)))
 * // customerMarket eq 'US' and contains(customerName,'O''Brien') and creationDate ge cast('2018-01-01', Edm.DateTimeOffset)
 * }</pre>
 * Built expressions are not yet checked against an operation; {@link QueryValidator} does that.
 */
public final class Filters {
    private Filters() {
    }

    /** Starts a comparison on a field. */
    public static Field field(String name) {
        return new Field(name);
    }

    /** {@code contains(field,'text')}. */
    public static FilterExpression contains(String field, String text) {
        return new Contains(field, new StringLiteral(text, -1), -1);
    }

    /** All of the conditions. */
    public static FilterExpression allOf(FilterExpression... conditions) {
        return FilterExpression.And.of(Arrays.asList(conditions));
    }

    /** At least one of the conditions. */
    public static FilterExpression anyOf(FilterExpression... conditions) {
        return FilterExpression.Or.of(Arrays.asList(conditions));
    }

    /** At least one of the conditions. */
    public static FilterExpression anyOf(List<FilterExpression> conditions) {
        return FilterExpression.Or.of(conditions);
    }

    /** A field awaiting its operator and value. */
    public static final class Field {
        private final String name;

        private Field(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("field name is blank");
            }
            this.name = name;
        }

        public FilterExpression eq(Object value) {
            return compare(FilterOperator.EQ, value);
        }

        public FilterExpression ne(Object value) {
            return compare(FilterOperator.NE, value);
        }

        public FilterExpression gt(Object value) {
            return compare(FilterOperator.GT, value);
        }

        public FilterExpression ge(Object value) {
            return compare(FilterOperator.GE, value);
        }

        public FilterExpression lt(Object value) {
            return compare(FilterOperator.LT, value);
        }

        public FilterExpression le(Object value) {
            return compare(FilterOperator.LE, value);
        }

        /** {@code contains(field,'text')}. */
        public FilterExpression contains(String text) {
            return Filters.contains(name, text);
        }

        /** A comparison with a literal made from a Java value (String, Boolean, Number, date types or null). */
        public FilterExpression compare(FilterOperator operator, Object value) {
            return new Comparison(name, operator, literal(value), -1);
        }
    }

    /** The literal for a Java value. */
    public static Literal literal(Object value) {
        if (value == null) {
            return new NullLiteral(-1);
        }
        if (value instanceof String s) {
            return new StringLiteral(s, -1);
        }
        if (value instanceof Boolean b) {
            return new BooleanLiteral(b, -1);
        }
        if (value instanceof BigDecimal d) {
            return new NumberLiteral(d, -1);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new NumberLiteral(BigDecimal.valueOf(((Number) value).longValue()), -1);
        }
        if (value instanceof Double || value instanceof Float) {
            return new NumberLiteral(BigDecimal.valueOf(((Number) value).doubleValue()), -1);
        }
        if (value instanceof OffsetDateTime t) {
            return new DateTimeLiteral(t, -1);
        }
        if (value instanceof Instant i) {
            return new DateTimeLiteral(i.atOffset(ZoneOffset.UTC), -1);
        }
        if (value instanceof LocalDate d) {
            return new DateTimeLiteral(d.atStartOfDay().atOffset(ZoneOffset.UTC), -1);
        }
        if (value instanceof java.time.LocalDateTime t) {
            return new DateTimeLiteral(t.atOffset(ZoneOffset.UTC), -1);
        }
        if (value instanceof Enum<?> e) {
            return new StringLiteral(e.name(), -1);
        }
        throw new IllegalArgumentException("no filter literal for a " + value.getClass().getName());
    }
}

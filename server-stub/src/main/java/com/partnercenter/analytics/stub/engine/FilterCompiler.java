package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.FilterExpression;
import com.partnercenter.analytics.query.FilterExpression.And;
import com.partnercenter.analytics.query.FilterExpression.Comparison;
import com.partnercenter.analytics.query.FilterExpression.Contains;
import com.partnercenter.analytics.query.FilterExpression.Or;
import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.RowPredicate;
import com.partnercenter.analytics.stub.data.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a validated filter AST (from the shared query module) and a query's date conditions into a
 * {@link RowPredicate} over a table's columns, once per request: {@code and}, {@code or} and nulls here, each
 * comparison by its column ({@link Column#compare}, {@link Column#contains}: e.g. string equality compares
 * dictionary codes, {@code contains} is decided once per distinct value, dates compare epoch milliseconds).
 *
 * <p>String comparisons and {@code contains} follow each field's {@code compare} in the capability matrix (DEV-42:
 * without regard to letter case, or case-sensitive; {@link Table#column(FieldCapability)}); a null value equals
 * only {@code null}, is unequal to every other literal, and makes every ordering comparison false.
 */
final class FilterCompiler {
    private static final long DAY = 86_400_000L;
    private final Table table;
    private final QueryCapabilities capabilities;

    FilterCompiler(Table table, QueryCapabilities capabilities) {
        this.table = table;
        this.capabilities = capabilities;
    }

    /** The rows a query selects: its filter (if it has one) and every one of its date conditions. */
    RowPredicate compile(Query query) {
        List<RowPredicate> conditions = new ArrayList<>();
        if (query.filter() != null) {
            conditions.add(compile(query.filter()));
        }
        for (DateCondition condition : query.dateConditions()) {
            conditions.add(condition instanceof DateCondition.Bound bound
                    ? compile(new Comparison(bound.field(), bound.operator(), new Literal.DateTimeLiteral(bound.value(), 0), 0))
                    : onDay((DateCondition.OnDay) condition));
        }
        return allOf(conditions);
    }

    private static RowPredicate allOf(List<RowPredicate> conditions) {
        if (conditions.isEmpty()) {
            return RowPredicate.ALL;
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        RowPredicate[] all = conditions.toArray(new RowPredicate[0]);
        return row -> {
            for (RowPredicate c : all) {
                if (!c.test(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Rows whose date falls on the condition's UTC day; without a day, on the latest day the column holds. */
    private RowPredicate onDay(DateCondition.OnDay condition) {
        Column column = table.column(condition.column()).orElse(null);
        if (!(column instanceof DateColumn dc)) {
            return RowPredicate.ALL;
        }
        long day;
        if (condition.day() == null) {
            long latest = dc.latest();
            if (latest == DateColumn.NULL) {
                return RowPredicate.ALL;
            }
            day = Math.floorDiv(latest, DAY);
        } else {
            day = Math.floorDiv(condition.day().toInstant().toEpochMilli(), DAY);
        }
        long from = day * DAY;
        long to = from + DAY;
        return row -> {
            long v = dc.get(row);
            return v >= from && v < to;
        };
    }

    /** Compiles a filter that {@code QueryValidator} has already checked and canonicalised. */
    RowPredicate compile(FilterExpression expression) {
        if (expression instanceof And and) {
            RowPredicate[] parts = all(and.operands());
            return row -> {
                for (RowPredicate p : parts) {
                    if (!p.test(row)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (expression instanceof Or or) {
            RowPredicate[] parts = all(or.operands());
            return row -> {
                for (RowPredicate p : parts) {
                    if (p.test(row)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (expression instanceof Contains contains) {
            return contains(column(contains.field()), contains.text().value());
        }
        Comparison c = (Comparison) expression;
        return comparison(column(c.field()), c.operator(), c.value());
    }

    private RowPredicate[] all(List<FilterExpression> operands) {
        RowPredicate[] parts = new RowPredicate[operands.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = compile(operands.get(i));
        }
        return parts;
    }

    private Column column(String fieldName) {
        FieldCapability field = capabilities.field(fieldName)
                .orElseThrow(() -> new IllegalStateException("Unvalidated field " + fieldName));
        return table.column(field).orElse(null);
    }

    private static RowPredicate contains(Column column, String text) {
        return column == null ? RowPredicate.NONE : column.contains(text);
    }

    private static RowPredicate comparison(Column column, FilterOperator op, Literal literal) {
        boolean eq = op == FilterOperator.EQ;
        boolean ne = op == FilterOperator.NE;
        if (literal instanceof Literal.NullLiteral) {
            if (column == null) {
                return eq ? RowPredicate.ALL : RowPredicate.NONE;
            }
            return eq ? column::isNull : row -> !column.isNull(row);
        }
        if (column == null) {
            // no row carries the field: every value is null
            return ne ? RowPredicate.ALL : RowPredicate.NONE;
        }
        return column.compare(op, literal);
    }
}

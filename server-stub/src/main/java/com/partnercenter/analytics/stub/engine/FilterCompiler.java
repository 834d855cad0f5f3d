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
import com.partnercenter.analytics.spec.StringComparison;
import com.partnercenter.analytics.stub.data.BooleanColumn;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.DoubleColumn;
import com.partnercenter.analytics.stub.data.LongColumn;
import com.partnercenter.analytics.stub.data.StringColumn;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.json.WireDates;

import java.math.BigDecimal;
import java.util.List;

/**
 * Compiles a validated filter AST (from the shared query module) into a {@link RowPredicate} over a table's
 * columns, once per request: string comparisons become dictionary-code comparisons, {@code contains} is decided
 * once per distinct value, dates compare epoch milliseconds.
 *
 * <p>String comparisons and {@code contains} follow each field's {@code compare} in the capability matrix
 * (DEV-42: without regard to letter case, or case-sensitive), through {@link StringKeys}; a null value equals
 * only {@code null}, is unequal to every other literal, and makes every ordering comparison false.
 */
public final class FilterCompiler {
    private final Table table;
    private final QueryCapabilities capabilities;

    public FilterCompiler(Table table, QueryCapabilities capabilities) {
        this.table = table;
        this.capabilities = capabilities;
    }

    /** Compiles a filter that {@code QueryValidator} has already checked and canonicalised. */
    public RowPredicate compile(FilterExpression expression) {
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
            return contains(column(contains.field()), comparisonOf(contains.field()), contains.text().value());
        }
        Comparison c = (Comparison) expression;
        return comparison(column(c.field()), comparisonOf(c.field()), c.operator(), c.value());
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
        return table.column(field.wireName()).orElse(null);
    }

    /** How the field's string values compare (DEV-42). */
    private StringComparison comparisonOf(String fieldName) {
        return capabilities.field(fieldName).map(FieldCapability::comparison).orElse(StringComparison.CASE_SENSITIVE);
    }

    private static RowPredicate contains(Column column, StringComparison comparison, String text) {
        if (!(column instanceof StringColumn sc)) {
            return RowPredicate.NONE;
        }
        boolean[] hit = StringKeys.containing(sc, comparison, text);
        boolean any = false;
        for (boolean h : hit) {
            any |= h;
        }
        if (!any) {
            return RowPredicate.NONE;
        }
        int[] codes = sc.codes();
        return row -> {
            int code = codes[row];
            return code >= 0 && hit[code];
        };
    }

    private static RowPredicate comparison(Column column, StringComparison comparison, FilterOperator op, Literal literal) {
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
        if (column instanceof StringColumn sc && literal instanceof Literal.StringLiteral s) {
            int[] codes = sc.codes();
            if (eq || ne) {
                int code = StringKeys.code(sc, comparison, s.value());
                if (code < 0) {
                    return ne ? RowPredicate.ALL : RowPredicate.NONE;
                }
                int[] canonical = StringKeys.canonicalCodes(sc, comparison);
                if (canonical != null) {
                    // several spellings of one value: compare their canonical code
                    return eq ? row -> codes[row] >= 0 && canonical[codes[row]] == code
                            : row -> codes[row] < 0 || canonical[codes[row]] != code;
                }
                return eq ? row -> codes[row] == code : row -> codes[row] != code;
            }
            String v = s.value();
            return row -> {
                String value = sc.string(row);
                return value != null && ordered(op, comparison.compare(value, v));
            };
        }
        if (column instanceof BooleanColumn bc && literal instanceof Literal.BooleanLiteral b) {
            byte v = b.value() ? BooleanColumn.TRUE : BooleanColumn.FALSE;
            return eq ? row -> bc.raw(row) == v : ne ? row -> bc.raw(row) != v : RowPredicate.NONE;
        }
        if (column instanceof DateColumn dc && literal instanceof Literal.DateTimeLiteral d) {
            long v = WireDates.toMillis(d.value());
            return switch (op) {
                case EQ -> row -> dc.get(row) == v;
                case NE -> row -> dc.get(row) != v;
                case GT -> row -> dc.get(row) > v;
                case GE -> row -> dc.get(row) >= v;
                // null is Long.MIN_VALUE: exclude it from lt and le
                case LT -> row -> dc.get(row) < v && dc.get(row) != DateColumn.NULL;
                case LE -> row -> dc.get(row) <= v && dc.get(row) != DateColumn.NULL;
                default -> RowPredicate.NONE;
            };
        }
        if (column instanceof LongColumn lc && literal instanceof Literal.NumberLiteral n) {
            BigDecimal v = n.value();
            try {
                long exact = v.longValueExact();
                return row -> !lc.isNull(row) && compare(op, Long.compare(lc.get(row), exact));
            } catch (ArithmeticException notWhole) {
                return row -> !lc.isNull(row) && compare(op, BigDecimal.valueOf(lc.get(row)).compareTo(v));
            }
        }
        if (column instanceof DoubleColumn dc && literal instanceof Literal.NumberLiteral n) {
            double v = n.value().doubleValue();
            return row -> !dc.isNull(row) && compare(op, Double.compare(dc.get(row), v));
        }
        // a literal the validator coerced to another type than the data holds (data files): nothing matches
        return ne ? RowPredicate.ALL : RowPredicate.NONE;
    }

    private static boolean compare(FilterOperator op, int cmp) {
        return switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            default -> ordered(op, cmp);
        };
    }

    private static boolean ordered(FilterOperator op, int cmp) {
        return switch (op) {
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            default -> false;
        };
    }
}

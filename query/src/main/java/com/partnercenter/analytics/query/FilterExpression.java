package com.partnercenter.analytics.query;

import com.partnercenter.analytics.spec.FilterOperator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed or built {@code filter}. {@code and}/{@code or} chains are flat lists, so a long chain does not make a
 * deep tree; depth comes only from parentheses, which the parser bounds.
 */
public sealed interface FilterExpression permits FilterExpression.Comparison, FilterExpression.Contains,
        FilterExpression.And, FilterExpression.Or {

    /** The 0-based offset of the expression in the source text, or -1 when built in code. */
    int position();

    /** The expression in the service's filter syntax, canonical spacing, minimal parentheses. */
    String toFilterString();

    /** This expression and {@code other}. */
    default FilterExpression and(FilterExpression other) {
        return And.of(List.of(this, other));
    }

    /** This expression or {@code other}. */
    default FilterExpression or(FilterExpression other) {
        return Or.of(List.of(this, other));
    }

    /**
     * {@code field op literal}, e.g. {@code customerMarket eq 'US'}. {@code position} is the field's offset and
     * {@code operatorPosition} the operator's, so an error about the operator can point at it (-1 when unknown).
     */
    record Comparison(String field, FilterOperator operator, Literal value, int position, int operatorPosition) implements FilterExpression {
        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (operator == FilterOperator.CONTAINS) {
                throw new IllegalArgumentException("contains is a function: use Contains");
            }
        }

        /** A comparison whose operator position is not known (built in code, or synthesised). */
        public Comparison(String field, FilterOperator operator, Literal value, int position) {
            this(field, operator, value, position, -1);
        }

        @Override
        public String toFilterString() {
            return field + " " + operator.token() + " " + value.toFilterString();
        }
    }

    /** {@code contains(field,'text')}. */
    record Contains(String field, Literal.StringLiteral text, int position) implements FilterExpression {
        public Contains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toFilterString() {
            return "contains(" + field + "," + text.toFilterString() + ")";
        }
    }

    /** Every operand holds. */
    record And(List<FilterExpression> operands, int position) implements FilterExpression {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("and needs two or more operands");
            }
        }

        /** Flattens nested {@code and}s. */
        public static FilterExpression of(List<FilterExpression> operands) {
            List<FilterExpression> flat = new ArrayList<>();
            for (FilterExpression operand : operands) {
                if (operand instanceof And and) {
                    flat.addAll(and.operands());
                } else {
                    flat.add(operand);
                }
            }
            return flat.size() == 1 ? flat.get(0) : new And(flat, -1);
        }

        @Override
        public String toFilterString() {
            StringBuilder out = new StringBuilder();
            for (FilterExpression operand : operands) {
                if (!out.isEmpty()) {
                    out.append(" and ");
                }
                out.append(operand instanceof Or ? "(" + operand.toFilterString() + ")" : operand.toFilterString());
            }
            return out.toString();
        }
    }

    /** At least one operand holds. */
    record Or(List<FilterExpression> operands, int position) implements FilterExpression {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("or needs two or more operands");
            }
        }

        /** Flattens nested {@code or}s. */
        public static FilterExpression of(List<FilterExpression> operands) {
            List<FilterExpression> flat = new ArrayList<>();
            for (FilterExpression operand : operands) {
                if (operand instanceof Or or) {
                    flat.addAll(or.operands());
                } else {
                    flat.add(operand);
                }
            }
            return flat.size() == 1 ? flat.get(0) : new Or(flat, -1);
        }

        @Override
        public String toFilterString() {
            StringBuilder out = new StringBuilder();
            for (FilterExpression operand : operands) {
                if (!out.isEmpty()) {
                    out.append(" or ");
                }
                out.append(operand.toFilterString());
            }
            return out.toString();
        }
    }
}

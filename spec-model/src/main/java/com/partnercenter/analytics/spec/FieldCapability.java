package com.partnercenter.analytics.spec;

import java.util.Objects;
import java.util.Set;

/**
 * What one field of an operation's rows can do in a query, read from the operation's {@code x-pc-query}.
 *
 * @param name            the field name used in {@code filter}, {@code groupby} and {@code orderby}
 * @param wireName        the key under which rows carry the value (equal to {@code name} unless the spec says
 *                        otherwise, see DEV-12 and DEV-13)
 * @param type            the field's JSON type, from the row schema
 * @param wireFormat      the field's {@code x-pc-wire-format} ({@code local-date-time}, {@code offset-date-time},
 *                        {@code date}), or null for non-date fields
 * @param nullable        whether the row schema allows {@code null}
 * @param filterOperators the operators a filter may apply to the field (empty: not filterable)
 * @param groupable       whether the field may appear in {@code groupby}
 * @param orderable       whether the field may appear in {@code orderby}
 * @param aggregate       whether the field is a count that grouped rows carry
 * @param comparison      how string values compare in filters, groups and sorting ({@code compare}, DEV-42);
 *                        {@link StringComparison#CASE_SENSITIVE} for fields that are not strings
 */
public record FieldCapability(
        String name,
        String wireName,
        FieldType type,
        String wireFormat,
        boolean nullable,
        Set<FilterOperator> filterOperators,
        boolean groupable,
        boolean orderable,
        boolean aggregate,
        StringComparison comparison) {

    public FieldCapability {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(comparison, "comparison");
        filterOperators = Set.copyOf(filterOperators);
    }

    /** A field whose string values compare case-sensitively (the matrix says nothing about it). */
    public FieldCapability(String name, String wireName, FieldType type, String wireFormat, boolean nullable,
                           Set<FilterOperator> filterOperators, boolean groupable, boolean orderable, boolean aggregate) {
        this(name, wireName, type, wireFormat, nullable, filterOperators, groupable, orderable, aggregate,
                StringComparison.CASE_SENSITIVE);
    }

    /** True when the field's string values compare without regard to letter case. */
    public boolean ignoresCase() {
        return comparison == StringComparison.IGNORE_CASE;
    }

    /** True when a filter may use the field at all. */
    public boolean filterable() {
        return !filterOperators.isEmpty();
    }

    /** True when a filter may apply {@code operator} to the field. */
    public boolean allows(FilterOperator operator) {
        return filterOperators.contains(operator);
    }
}

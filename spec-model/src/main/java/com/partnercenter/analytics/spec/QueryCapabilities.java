package com.partnercenter.analytics.spec;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query capability matrix of one operation: its row schema, which query parameters it has, and for every
 * field what {@code filter}, {@code groupby} and {@code orderby} may do with it. Read from the operation's
 * {@code x-pc-query} extension and its row schema; this is the only place these lists live.
 */
public final class QueryCapabilities {
    private final String operationId;
    private final String rowSchema;
    private final List<AggregationLevel> aggregationLevels;
    private final Map<String, FieldCapability> fields;
    private final Map<String, FieldCapability> fieldsByLowerName;
    private final List<String> queryParameters;

    QueryCapabilities(String operationId, String rowSchema, List<AggregationLevel> aggregationLevels,
                      Collection<FieldCapability> fields, List<String> queryParameters) {
        this.operationId = operationId;
        this.rowSchema = rowSchema;
        this.aggregationLevels = List.copyOf(aggregationLevels);
        Map<String, FieldCapability> byName = new LinkedHashMap<>();
        Map<String, FieldCapability> byLower = new LinkedHashMap<>();
        for (FieldCapability field : fields) {
            byName.put(field.name(), field);
            byLower.put(field.name().toLowerCase(Locale.ROOT), field);
        }
        this.fields = Collections.unmodifiableMap(byName);
        this.fieldsByLowerName = Collections.unmodifiableMap(byLower);
        this.queryParameters = List.copyOf(queryParameters);
    }

    public String operationId() {
        return operationId;
    }

    /** The name of the row schema under {@code components/schemas}. */
    public String rowSchema() {
        return rowSchema;
    }

    /** Every field of the matrix, in the spec's order, by documented name. */
    public Map<String, FieldCapability> fields() {
        return fields;
    }

    /**
     * The field with this name. The exact name wins; otherwise the name is matched without regard to case,
     * because the documentation spells some fields differently ({@code Name}, {@code CustomerTenantId}: DEV-11).
     */
    public Optional<FieldCapability> field(String name) {
        if (name == null) {
            return Optional.empty();
        }
        FieldCapability exact = fields.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(fieldsByLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<FieldCapability> filterableFields() {
        return fields.values().stream().filter(FieldCapability::filterable).toList();
    }

    public List<FieldCapability> groupableFields() {
        return fields.values().stream().filter(FieldCapability::groupable).toList();
    }

    public List<FieldCapability> orderableFields() {
        return fields.values().stream().filter(FieldCapability::orderable).toList();
    }

    /** The counts that grouped rows carry. */
    public List<FieldCapability> aggregateFields() {
        return fields.values().stream().filter(FieldCapability::aggregate).toList();
    }

    /** The aggregation levels the operation accepts; empty when it has no {@code aggregationLevel}. */
    public List<AggregationLevel> aggregationLevels() {
        return aggregationLevels;
    }

    /** The names of the operation's query parameters, as the spec declares them. */
    public List<String> queryParameters() {
        return queryParameters;
    }

    public boolean supportsFilter() {
        return queryParameters.contains("filter");
    }

    public boolean supportsGroupBy() {
        return queryParameters.contains("groupby");
    }

    public boolean supportsOrderBy() {
        return queryParameters.contains("orderby");
    }

    public boolean supportsAggregationLevel() {
        return queryParameters.contains("aggregationLevel");
    }

    @Override
    public String toString() {
        return "QueryCapabilities[" + operationId + ", " + fields.size() + " fields]";
    }
}

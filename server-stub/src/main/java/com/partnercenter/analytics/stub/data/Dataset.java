package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the stub serves: one {@link Table} per analytics row schema (keyed by the schema name the spec's
 * {@code x-pc-query.rowSchema} names), the partner, and the license insights derived from the commercial
 * license tables for the deprecated {@code /v1} operations.
 */
public final class Dataset {
    private final Partner partner;
    private final Map<String, Table> tables;
    private final String description;
    private final Set<String> customers;
    private final LicenseInsights insights;

    public Dataset(AnalyticsSpec spec, Partner partner, Map<String, Table> tables, String description) {
        this.partner = partner;
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.description = description;
        Set<String> ids = new HashSet<>();
        for (String name : new String[]{"Subscription", "AzureUsage", "LicenseDeployment", "LicenseUsage"}) {
            Table t = tables.get(name);
            if (t == null) {
                continue;
            }
            t.column("customerTenantId").ifPresent(col -> {
                StringColumn sc = (StringColumn) col;
                for (int code = 0; code < sc.dictionary().size(); code++) {
                    ids.add(sc.dictionary().value(code).toUpperCase(Locale.ROOT));
                }
            });
        }
        this.customers = Collections.unmodifiableSet(ids);
        this.insights = new LicenseInsights(spec, tables.get("LicenseDeployment"), tables.get("LicenseUsage"));
    }

    public Partner partner() {
        return partner;
    }

    /** The table of a row schema, e.g. {@code Subscription}. */
    public Optional<Table> table(String rowSchema) {
        return Optional.ofNullable(tables.get(rowSchema));
    }

    public Map<String, Table> tables() {
        return tables;
    }

    /** True when the customer tenant id (any letter case) appears in the data. */
    public boolean hasCustomer(String tenantId) {
        return customers.contains(tenantId.toUpperCase(Locale.ROOT));
    }

    public int customerCount() {
        return customers.size();
    }

    public LicenseInsights insights() {
        return insights;
    }

    /** Where the data came from and how big it is, for the start-up log. */
    public String description() {
        StringBuilder sb = new StringBuilder(description).append(" (rows:");
        tables.forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.format("%,d", v.size())));
        return sb.append(')').toString();
    }
}

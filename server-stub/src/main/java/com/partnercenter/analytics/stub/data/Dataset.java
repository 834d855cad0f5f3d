package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the stub serves: one {@link Table} per analytics row schema (keyed by the schema name the spec's
 * {@code x-pc-query.rowSchema} names), the partner, and the license insights derived from the commercial
 * license tables for the deprecated {@code /v1} operations.
 */
public final class Dataset {
    private final AnalyticsSpec spec;
    private final Partner partner;
    private final Map<String, CompletableFuture<Table>> tables;
    private final String description;
    private final CompletableFuture<Void> all;
    private volatile Set<String> customers;
    private volatile LicenseInsights insights;

    /** A dataset whose tables are all loaded. */
    public Dataset(AnalyticsSpec spec, Partner partner, Map<String, Table> tables, String description) {
        this(spec, partner, ready(tables), description, true);
    }

    private static Map<String, CompletableFuture<Table>> ready(Map<String, Table> tables) {
        Map<String, CompletableFuture<Table>> m = new LinkedHashMap<>();
        tables.forEach((k, v) -> m.put(k, CompletableFuture.completedFuture(v)));
        return m;
    }

    /**
     * A dataset whose tables are still being built: each request waits only for the table it reads, so the first
     * requests are served while the bigger tables are still generated.
     */
    Dataset(AnalyticsSpec spec, Partner partner, Map<String, CompletableFuture<Table>> tables, String description, boolean unused) {
        this.spec = spec;
        this.partner = partner;
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.description = description;
        this.all = CompletableFuture.allOf(this.tables.values().toArray(new CompletableFuture[0]));
    }

    /**
     * The same dataset with the documentation's example rows appended to its tables ({@link DocumentedEntities}),
     * each once its table is built.
     */
    public Dataset withDocumentedEntities() {
        Map<String, CompletableFuture<Table>> changed = new LinkedHashMap<>(tables);
        DocumentedEntities.appendTo(spec, changed);
        return new Dataset(spec, partner, changed, description + ", plus the documentation's example rows", true);
    }

    public Partner partner() {
        return partner;
    }

    /** The table of a row schema, e.g. {@code Subscription}, waiting for it if it is still being built. */
    public Optional<Table> table(String rowSchema) {
        CompletableFuture<Table> t = tables.get(rowSchema);
        return t == null ? Optional.empty() : Optional.of(t.join());
    }

    /** Completes when the table of {@code rowSchema} is built (at once for a schema without a table). */
    public CompletableFuture<?> whenBuilt(String rowSchema) {
        CompletableFuture<Table> t = tables.get(rowSchema);
        return t == null ? CompletableFuture.completedFuture(null) : t;
    }

    /** Every table (waits for all). */
    public Map<String, Table> tables() {
        Map<String, Table> m = new LinkedHashMap<>();
        tables.forEach((k, v) -> m.put(k, v.join()));
        return Collections.unmodifiableMap(m);
    }

    /** Completes when every table is built (exceptionally if one failed). */
    public CompletableFuture<Void> allTables() {
        return all;
    }

    /** True when the customer tenant id (any letter case) appears in the data. */
    public boolean hasCustomer(String tenantId) {
        return customers().contains(tenantId.toUpperCase(Locale.ROOT));
    }

    public int customerCount() {
        return customers().size();
    }

    private Set<String> customers() {
        Set<String> ids = customers;
        if (ids == null) {
            ids = new HashSet<>();
            for (String name : new String[]{"Subscription", "AzureUsage", "LicenseDeployment", "LicenseUsage"}) {
                Set<String> into = ids;
                table(name).flatMap(t -> t.column("customerTenantId")).ifPresent(col -> {
                    StringColumn sc = (StringColumn) col;
                    for (int code = 0; code < sc.dictionary().size(); code++) {
                        into.add(sc.dictionary().value(code).toUpperCase(Locale.ROOT));
                    }
                });
            }
            ids = Collections.unmodifiableSet(ids);
            customers = ids;
        }
        return ids;
    }

    /** The deprecated license insights, derived from the commercial license tables on first use. */
    public LicenseInsights insights() {
        LicenseInsights i = insights;
        if (i == null) {
            synchronized (this) {
                i = insights;
                if (i == null) {
                    i = new LicenseInsights(spec, table("LicenseDeployment").orElse(null), table("LicenseUsage").orElse(null));
                    insights = i;
                }
            }
        }
        return i;
    }

    /** Where the data came from and how big it is, for the start-up log (waits for every table). */
    public String description() {
        StringBuilder sb = new StringBuilder(description).append(" (rows:");
        tables().forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.format("%,d", v.size())));
        return sb.append(')').toString();
    }
}

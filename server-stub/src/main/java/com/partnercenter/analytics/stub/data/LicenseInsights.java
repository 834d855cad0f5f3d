package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deprecated license insights ({@code /v1/...}), derived from the commercial license tables so they agree
 * with them: partner-level rows add up every customer's rows per service and channel (and workload), and a
 * customer's rows are its own commercial rows.
 *
 * <p>Percent fields: the partner-level {@code prorated...Percent} values are fractions (0.0 to 1.0), as the
 * documentation's examples show; the customer-level {@code deploymentPercent} and {@code usagePercent} are
 * percentages (0 to 100, one decimal), which Microsoft's Java SDK reads as whole numbers (DEV-25).
 */
public final class LicenseInsights {
    private final Table partnerDeployment;
    private final Table partnerUsage;
    private final Table customerDeployment;
    private final Table customerUsage;
    private final Map<String, int[]> deploymentRanges;
    private final Map<String, int[]> usageRanges;

    LicenseInsights(AnalyticsSpec spec, Table deployment, Table usage) {
        RowSchema pd = RowSchema.read(spec, "PartnerLicensesDeploymentInsights");
        RowSchema pu = RowSchema.read(spec, "PartnerLicensesUsageInsights");
        RowSchema cd = RowSchema.read(spec, "CustomerLicensesDeploymentInsights");
        RowSchema cu = RowSchema.read(spec, "CustomerLicensesUsageInsights");
        this.deploymentRanges = new HashMap<>();
        this.usageRanges = new HashMap<>();
        this.partnerDeployment = partnerDeployment(pd, deployment);
        this.partnerUsage = partnerUsage(pu, usage);
        this.customerDeployment = customerDeployment(cd, deployment, deploymentRanges);
        this.customerUsage = customerUsage(cu, usage, usageRanges);
    }

    public Table partnerDeployment() {
        return partnerDeployment;
    }

    public Table partnerUsage() {
        return partnerUsage;
    }

    public Table customerDeployment() {
        return customerDeployment;
    }

    public Table customerUsage() {
        return customerUsage;
    }

    /** Rows [from, to) of {@link #customerDeployment()} that belong to the customer. */
    public int[] customerDeploymentRows(String tenantId) {
        return deploymentRanges.getOrDefault(tenantId.toUpperCase(Locale.ROOT), new int[]{0, 0});
    }

    public int[] customerUsageRows(String tenantId) {
        return usageRanges.getOrDefault(tenantId.toUpperCase(Locale.ROOT), new int[]{0, 0});
    }

    private static String s(Table t, String key, int row) {
        return t.column(key).map(c -> (String) c.value(row)).orElse(null);
    }

    private static long l(Table t, String key, int row) {
        return t.column(key).map(c -> c.value(row)).map(v -> ((Number) v).longValue()).orElse(0L);
    }

    private static long date(Table t, int row) {
        return t.column("processedDateTime").map(c -> c.value(row)).map(v -> (Long) v).orElse(DateColumn.NULL);
    }

    /** A percentage with one decimal. */
    private static double percent(long part, long whole) {
        return whole <= 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static double fraction(long part, long whole) {
        return whole <= 0 ? 0.0 : Math.round(part * 100.0 / whole) / 100.0;
    }

    private static Table partnerDeployment(RowSchema schema, Table dep) {
        Map<List<String>, long[]> groups = new LinkedHashMap<>();
        if (dep != null) {
            for (int r = 0; r < dep.size(); r++) {
                long[] acc = groups.computeIfAbsent(List.of(nz(s(dep, "serviceCode", r)), nz(s(dep, "channel", r))), k -> new long[]{0, 0, DateColumn.NULL});
                acc[0] += l(dep, "licensesSold", r);
                acc[1] += l(dep, "licensesDeployed", r);
                acc[2] = Math.max(acc[2], date(dep, r));
            }
        }
        Table.Builder t = Table.builder(schema, groups.size());
        groups.forEach((key, acc) -> {
            t.number("proratedDeploymentPercent").append(fraction(acc[1], acc[0]));
            t.integer("licensesSold").append(acc[0]);
            appendDate(t, acc[2]);
            t.string("serviceName").append(key.get(0));
            t.string("channel").append(key.get(1));
        });
        return t.build();
    }

    private static Table partnerUsage(RowSchema schema, Table use) {
        Map<List<String>, long[]> groups = new LinkedHashMap<>();
        if (use != null) {
            for (int r = 0; r < use.size(); r++) {
                long[] acc = groups.computeIfAbsent(List.of(nz(s(use, "workloadName", r)), nz(s(use, "serviceCode", r)), nz(s(use, "channel", r))),
                        k -> new long[]{0, 0, DateColumn.NULL});
                acc[0] += l(use, "licensesQualified", r);
                acc[1] += l(use, "licenseActive", r) + l(use, "licensesActive", r);
                acc[2] = Math.max(acc[2], date(use, r));
            }
        }
        Table.Builder t = Table.builder(schema, groups.size());
        groups.forEach((key, acc) -> {
            t.number("proratedLicensesUsagePercent").append(fraction(acc[1], acc[0]));
            t.string("workloadName").append(key.get(0));
            appendDate(t, acc[2]);
            t.string("serviceName").append(key.get(1));
            t.string("channel").append(key.get(2));
        });
        return t.build();
    }

    private static void appendDate(Table.Builder t, long v) {
        t.date("processedDateTime").append(v);
    }

    private static Table customerDeployment(RowSchema schema, Table dep, Map<String, int[]> ranges) {
        List<Integer> order = byCustomer(dep);
        Table.Builder t = Table.builder(schema, order.size());
        String current = null;
        int start = 0;
        for (int i = 0; i < order.size(); i++) {
            int r = order.get(i);
            String customer = nz(s(dep, "customerTenantId", r)).toUpperCase(Locale.ROOT);
            if (!customer.equals(current)) {
                if (current != null) {
                    ranges.put(current, new int[]{start, i});
                }
                current = customer;
                start = i;
            }
            long sold = l(dep, "licensesSold", r);
            long deployed = l(dep, "licensesDeployed", r);
            t.integer("licensesDeployed").append(deployed);
            t.integer("licensesSold").append(sold);
            t.number("deploymentPercent").append(percent(deployed, sold));
            t.string("customerId").append(customer.toLowerCase(Locale.ROOT));
            t.string("customerName").append(s(dep, "customerName", r));
            t.string("productName").append(s(dep, "productName", r));
            t.string("serviceCode").append(s(dep, "serviceCode", r));
            t.string("serviceName").append(s(dep, "serviceCode", r));
            t.string("channel").append(s(dep, "channel", r));
            appendDate(t, date(dep, r));
        }
        if (current != null) {
            ranges.put(current, new int[]{start, order.size()});
        }
        return t.build();
    }

    private static Table customerUsage(RowSchema schema, Table use, Map<String, int[]> ranges) {
        List<Integer> order = byCustomer(use);
        Table.Builder t = Table.builder(schema, order.size());
        String current = null;
        int start = 0;
        for (int i = 0; i < order.size(); i++) {
            int r = order.get(i);
            String customer = nz(s(use, "customerTenantId", r)).toUpperCase(Locale.ROOT);
            if (!customer.equals(current)) {
                if (current != null) {
                    ranges.put(current, new int[]{start, i});
                }
                current = customer;
                start = i;
            }
            long qualified = l(use, "licensesQualified", r);
            long active = l(use, "licenseActive", r) + l(use, "licensesActive", r);
            t.string("workloadCode").append(s(use, "workloadCode", r));
            t.string("workloadName").append(s(use, "workloadName", r));
            t.number("usagePercent").append(percent(active, qualified));
            t.integer("licensesActive").append(active);
            t.integer("licensesQualified").append(qualified);
            t.string("customerId").append(customer.toLowerCase(Locale.ROOT));
            t.string("customerName").append(s(use, "customerName", r));
            t.string("productName").append(s(use, "productName", r));
            t.string("serviceCode").append(s(use, "serviceCode", r));
            t.string("serviceName").append(s(use, "serviceCode", r));
            t.string("channel").append(s(use, "channel", r));
            appendDate(t, date(use, r));
        }
        if (current != null) {
            ranges.put(current, new int[]{start, order.size()});
        }
        return t.build();
    }

    /** Row numbers grouped by customer, customers in first-seen order, rows in table order. */
    private static List<Integer> byCustomer(Table t) {
        List<Integer> order = new ArrayList<>();
        if (t == null) {
            return order;
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            groups.computeIfAbsent(nz(s(t, "customerTenantId", r)).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        groups.values().forEach(order::addAll);
        return order;
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }
}

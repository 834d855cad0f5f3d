package com.partnercenter.analytics.stub.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.generate.WorkloadCodes;
import com.partnercenter.analytics.stub.json.WireDates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The rows of the documentation's own examples, added after the seeded generation so that the documentation's
 * request examples answer with data: the plain rows of every analytics operation's response examples in the spec
 * (the documented customers, tenants, subscriptions, products and names, e.g. tenant
 * {@code 0112A436-B14E-4888-967B-CA4BB2CF1234} of the commercial license examples), and commercial license rows for
 * the customer of the customer license insight examples ({@code 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04}), from which
 * the {@code /v1} insights derive rows like the documented ones.
 * <p>
 * The generated rows come first and are unchanged (the generator's draws are untouched, so the rest stays seeded
 * and deterministic); documented rows are appended at the end of their table, by the stub's dataset holder (the
 * generator alone, as its tests and the benchmarks use it, has none). They are the documentation's values, so the
 * generator's invariants (counts that add up the subscriptions) do not extend to them. Commercial license rows take the
 * table's latest processed date, so that a request without {@code processedDateTime} (as the documentation's are)
 * finds them; every other value is the documentation's.
 */
public final class DocumentedEntities {
    /** The customer of the documentation's customer license insight examples (given there in lower case). */
    public static final String INSIGHTS_CUSTOMER = "4D3CF487-70F4-4E1E-9FF1-B2BFCE8D9F04";
    private static final Path SOURCE = Path.of("openapi/partner-center-analytics.yaml (response examples)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentedEntities() {
    }

    /** Each table with the documented rows of its schema appended (once it is built). */
    public static void appendTo(AnalyticsSpec spec, Map<String, CompletableFuture<Table>> tables) {
        Map<String, List<ObjectNode>> documented = rows(spec);
        tables.replaceAll((schema, table) -> {
            List<ObjectNode> rows = documented.get(schema);
            return rows == null || rows.isEmpty() ? table : table.thenApply(t -> append(t, rows));
        });
    }

    /** The documented rows per row schema, as the service writes them (wire keys). */
    public static Map<String, List<ObjectNode>> rows(AnalyticsSpec spec) {
        Map<String, List<ObjectNode>> result = new LinkedHashMap<>();
        for (OperationDescriptor op : spec.operations().values()) {
            if (op.query().isEmpty()) {
                continue;
            }
            QueryCapabilities q = op.query().get();
            List<ObjectNode> rows = result.computeIfAbsent(q.rowSchema(), k -> new ArrayList<>());
            for (JsonNode example : examples(spec, op)) {
                for (JsonNode row : example.path("value").path("Value")) {
                    if (row instanceof ObjectNode o && plain(q, o) && !rows.contains(o)) {
                        rows.add(o.deepCopy());
                    }
                }
            }
        }
        OperationDescriptor deployment = spec.operation("listCustomerLicensesDeploymentInsights").orElseThrow();
        OperationDescriptor usage = spec.operation("listCustomerLicensesUsageInsights").orElseThrow();
        for (JsonNode example : examples(spec, deployment)) {
            for (JsonNode item : example.path("value").path("items")) {
                result.computeIfAbsent("LicenseDeployment", k -> new ArrayList<>()).add(deploymentRow(item));
            }
        }
        for (JsonNode example : examples(spec, usage)) {
            for (JsonNode item : example.path("value").path("items")) {
                result.computeIfAbsent("LicenseUsage", k -> new ArrayList<>()).add(usageRow(item));
            }
        }
        return result;
    }

    /** The resolved examples of the operation's 200 response. */
    private static List<JsonNode> examples(AnalyticsSpec spec, OperationDescriptor op) {
        JsonNode responses = spec.document().path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT)).path("responses");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : spec.resolve(responses.path("200")).path("content").path("application/json").path("examples")) {
            out.add(spec.resolve(e));
        }
        return out;
    }

    /**
     * A grouped example row carries every aggregate count of the matrix and lacks some other field; any other row
     * is a plain one (a documented plain row may omit a field, e.g. the filtered subscription example has no
     * {@code partnerName}, and carries some counts, e.g. {@code licenseCount}).
     */
    private static boolean plain(QueryCapabilities q, ObjectNode row) {
        boolean everyAggregate = true;
        boolean lacksAField = false;
        for (FieldCapability f : q.fields().values()) {
            if (f.aggregate()) {
                everyAggregate &= row.has(f.wireName());
            } else {
                lacksAField |= !row.has(f.wireName());
            }
        }
        return !(everyAggregate && lacksAField);
    }

    /** A commercial license deployment row behind one documented customer deployment insight. */
    private static ObjectNode deploymentRow(JsonNode item) {
        ObjectNode row = common(item);
        row.put("licensesDeployed", item.path("licensesDeployed").asLong());
        row.put("licensesSold", item.path("licensesSold").asLong());
        return row;
    }

    /** A commercial license usage row behind one documented customer usage insight. */
    private static ObjectNode usageRow(JsonNode item) {
        String workload = item.path("workloadName").asText();
        ObjectNode row = NODES.objectNode();
        row.put("processedDateTime", "");
        row.put("workloadCode", WorkloadCodes.codeOf(workload).orElse(workload.toUpperCase(Locale.ROOT)));
        row.put("workloadName", workload);
        row.setAll(common(item));
        row.put("licenseActive", item.path("licensesActive").asLong());
        row.put("licensesQualified", item.path("licensesQualified").asLong());
        return row;
    }

    private static ObjectNode common(JsonNode item) {
        String service = item.path("serviceName").asText();
        String product = item.path("productName").asText();
        ObjectNode row = NODES.objectNode();
        row.put("processedDateTime", "");
        row.put("serviceCode", service);
        // the names the commercial license examples give these codes
        row.put("serviceName", service.equals("o365") ? "Microsoft Office 365" : service.equals("crm") ? "Microsoft Dynamics" : service);
        row.put("channel", item.path("channel").asText());
        row.put("customerTenantId", INSIGHTS_CUSTOMER);
        row.put("customerName", item.path("customerName").asText());
        row.put("productId", UUID.nameUUIDFromBytes(product.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT));
        row.put("productName", product);
        return row;
    }

    /** A copy of {@code generated} with {@code rows} after its own rows. */
    static Table append(Table generated, List<ObjectNode> rows) {
        RowSchema schema = generated.schema();
        int n = generated.size();
        Table.Builder b = Table.builder(schema, n + rows.size());
        String processed = latest(generated, "processedDateTime");
        for (Column c : generated.columns().values()) {
            c.copyTo(b.columnLike(c), n);
        }
        // every key of the generated columns and of the documented rows; a key only documented rows carry is null before
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(generated.columns().keySet());
        rows.forEach(r -> r.fieldNames().forEachRemaining(keys::add));
        for (String key : keys) {
            if (!b.has(key)) {
                ColumnBuilder fresh = b.column(key);
                for (int r = 0; r < n; r++) {
                    fresh.appendNull();
                }
            }
        }
        // a value a documented row omits but the schema requires (the filtered subscription example has no partnerName,
        // providerName, churnRisk, billingCycleName) is taken from another documented row of the same table: the
        // examples are of one partner
        Map<String, JsonNode> sibling = new LinkedHashMap<>();
        rows.forEach(r -> r.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                sibling.putIfAbsent(e.getKey(), e.getValue());
            }
        }));
        int line = 0;
        for (ObjectNode documented : rows) {
            line++;
            ObjectNode row = documented.deepCopy();
            for (String key : keys) {
                Property p = schema.property(key).orElse(null);
                if (!row.has(key) && p != null && !p.nullable() && sibling.containsKey(key)) {
                    row.set(key, sibling.get(key));
                }
            }
            if (row.has("processedDateTime") && processed != null) {
                row.put("processedDateTime", processed);
            }
            for (String key : keys) {
                missingOrValue(b, schema, key, row, line);
            }
        }
        return b.build();
    }

    private static void missingOrValue(Table.Builder b, RowSchema schema, String key, ObjectNode row, int line) {
        Property p = schema.property(key).orElseThrow(() -> new IllegalStateException("documented row has unknown key " + key));
        ColumnBuilder column = b.column(key);
        JsonNode value = row.get(key);
        if (value == null) {
            if (p.type() == FieldType.INTEGER && !p.nullable()) {
                column.appendValue(0L); // a count the documented row does not show (e.g. hidden search counts)
            } else {
                column.appendNull();
            }
            return;
        }
        DataFiles.append(column, p, value, SOURCE, line);
    }

    /** The latest value of a date column in the service's wire form, or null. */
    private static String latest(Table table, String key) {
        Column c = table.column(key).orElse(null);
        if (c == null || !c.property().type().isTemporal()) {
            return null;
        }
        long max = DateColumn.NULL;
        for (int r = 0; r < c.size(); r++) {
            max = Math.max(max, c.sortKey(r)); // a date's sort key is its epoch milliseconds
        }
        return max == DateColumn.NULL ? null : WireDates.format(max, WireDates.LOCAL);
    }
}

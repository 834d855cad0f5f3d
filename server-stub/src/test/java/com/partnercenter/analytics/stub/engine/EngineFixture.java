package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.DataFiles;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.QueryResult.Rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small hand-written subscription table and helpers to query it. */
final class EngineFixture {
    static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    static final QueryCapabilities SUBSCRIPTIONS = SPEC.queryCapabilities("listSubscriptions");
    static final Table TABLE = table();

    private EngineFixture() {
    }

    private static Table table() {
        String[] rows = {
                // 0
                "{\"customerTenantId\":\"C1\",\"customerName\":\"Contoso Ltd\",\"customerMarket\":\"US\",\"id\":\"S0\",\"status\":\"ACTIVE\",\"productName\":\"OFFICE 365 E3\",\"subscriptionType\":\"Office\",\"autoRenewEnabled\":true,\"creationDate\":\"2018-01-01T10:00:00\",\"deprovisionedDate\":null,\"licenseCount\":10}",
                // 1
                "{\"customerTenantId\":\"C1\",\"customerName\":\"Contoso Ltd\",\"customerMarket\":\"US\",\"id\":\"S1\",\"status\":\"SUSPENDED\",\"productName\":\"MICROSOFT AZURE\",\"subscriptionType\":\"Azure\",\"autoRenewEnabled\":false,\"creationDate\":\"2018-01-03T00:00:00\",\"deprovisionedDate\":null,\"licenseCount\":0}",
                // 2
                "{\"customerTenantId\":\"C2\",\"customerName\":\"Margie's Travel\",\"customerMarket\":\"GB\",\"id\":\"S2\",\"status\":\"ACTIVE\",\"productName\":\"OFFICE 365 E1\",\"subscriptionType\":\"Office\",\"autoRenewEnabled\":true,\"creationDate\":\"2018-01-08T12:30:00.5\",\"deprovisionedDate\":null,\"licenseCount\":5}",
                // 3
                "{\"customerTenantId\":\"C3\",\"customerName\":\"Fabrikam GmbH\",\"customerMarket\":\"DE\",\"id\":\"S3\",\"status\":\"DEPROVISIONED\",\"productName\":\"DYNAMICS 365\",\"subscriptionType\":\"Dynamics\",\"autoRenewEnabled\":false,\"creationDate\":\"2018-02-01T00:00:00\",\"deprovisionedDate\":\"2018-06-30T08:00:00\",\"licenseCount\":7}",
                // 4
                "{\"customerTenantId\":\"C3\",\"customerName\":\"Fabrikam GmbH\",\"customerMarket\":\"DE\",\"id\":\"S4\",\"status\":\"ACTIVE\",\"productName\":\"OFFICE 365 E3\",\"subscriptionType\":\"Office\",\"autoRenewEnabled\":true,\"creationDate\":null,\"deprovisionedDate\":null,\"licenseCount\":3}",
                // 5
                "{\"customerTenantId\":\"C4\",\"customerName\":\"O'Brien & Sons\",\"customerMarket\":\"US\",\"id\":\"S5\",\"status\":\"ACTIVE\",\"productName\":\"EMS E3\",\"subscriptionType\":\"EMS\",\"autoRenewEnabled\":true,\"creationDate\":\"2019-03-31T23:59:59.999\",\"deprovisionedDate\":null,\"licenseCount\":20}",
        };
        try {
            Path file = Files.createTempFile("Subscription", ".jsonl");
            Files.writeString(file, String.join("\n", rows));
            Table t = DataFiles.read(RowSchema.read(SPEC, "Subscription"), file);
            Files.delete(file);
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the rows a filter matches, in table order. */
    static List<String> ids(String filter) {
        QueryValidator validator = new QueryValidator(SUBSCRIPTIONS);
        Rows rows = (Rows) QueryEngine.run(TABLE, SUBSCRIPTIONS, new Query(validator.filter(filter), List.of(), AggregationLevel.DAY, List.of(), 10_000, 0));
        List<String> ids = new ArrayList<>();
        for (int r : rows.rows()) {
            ids.add((String) TABLE.column("id").orElseThrow().value(r));
        }
        return ids;
    }
}

package com.partnercenter.analytics.benchmarks;

import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.DatasetGenerator;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.Query;
import com.partnercenter.analytics.stub.engine.QueryEngine;
import com.partnercenter.analytics.stub.engine.QueryResult;
import com.partnercenter.analytics.stub.json.JsonOut;
import com.partnercenter.analytics.stub.web.PageBody;

import java.lang.management.ManagementFactory;
import java.util.List;

/** Data the benchmarks share: the stub's own generator and row writer, so every input is what the stub serves. */
public final class Fixtures {
    /** The seed of every generated dataset here (the stub's default). */
    public static final long SEED = 42;
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    private Fixtures() {
    }

    public static AnalyticsSpec spec() {
        return SPEC;
    }

    /**
     * Settings for a dataset of {@code subscriptions} subscriptions, with customers and resellers in the default
     * proportions (2,000 customers and 120 resellers per 20,000 subscriptions) and no Azure usage, search or
     * referral rows, which the subscription queries do not read.
     */
    public static DatasetSettings subscriptionsOnly(int subscriptions) {
        double scale = subscriptions / (double) DatasetSettings.BASE_SUBSCRIPTIONS;
        DatasetSettings base = DatasetSettings.scaled(SEED, scale);
        return new DatasetSettings(SEED, base.asOf(), base.customers(), subscriptions, 0, base.resellers(), 0, 0);
    }

    /** Generates a dataset and waits until every table is built (so no generator thread runs while measuring). */
    public static Dataset generate(DatasetSettings settings) {
        Dataset dataset = new DatasetGenerator(SPEC, settings).generate();
        dataset.allTables().join();
        return dataset;
    }

    /** The subscription table of {@link #subscriptionsOnly}; the other tables are dropped. */
    public static Table subscriptionTable(int subscriptions) {
        return generate(subscriptionsOnly(subscriptions)).table("Subscription").orElseThrow();
    }

    /**
     * The body the stub sends for {@code GET /partner/v1/analytics/subscriptions?top=rows} (the first {@code rows}
     * subscriptions of the default dataset), byte for byte as its row writer writes it.
     */
    public static byte[] subscriptionPage(int rows) {
        DatasetSettings defaults = DatasetSettings.scaled(SEED, 1.0);
        int size = Math.max(rows, defaults.subscriptions());
        Table table = size == defaults.subscriptions() ? generate(defaults).table("Subscription").orElseThrow() : subscriptionTable(size);
        QueryResult result = QueryEngine.run(table, SPEC.queryCapabilities("listSubscriptions"),
                new Query(null, List.of(), AggregationLevel.DAY, List.of(), rows, 0));
        String next = result.pageSize() < result.total()
                ? "http://127.0.0.1:8080/partner/v1/analytics/subscriptions?top=" + rows + "&skip=" + rows : null;
        JsonOut out = new JsonOut();
        new PageBody(result, next).writeTo(out);
        return out.toByteArray();
    }

    /** Heap in use after full collections, in bytes. */
    public static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.generate.ResourceGenerators;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Builds the embedded dataset from a seed: one partner, its customers, indirect resellers and subscriptions,
 * and every other resource derived from those, so the same tenant, customer and subscription ids appear
 * everywhere (a customer's Azure usage belongs to its Azure subscriptions, its license rows add up its
 * subscriptions' licenses, a reseller's counts add up the subscriptions sold through it).
 *
 * <p>One generator per resource does the work (package {@code data.generate}, start at {@link ResourceGenerators});
 * every resource draws from its own random stream split off the seed, so resources are generated in parallel and
 * the result is the same for the same seed and sizes.
 */
public final class DatasetGenerator {
    private final AnalyticsSpec spec;
    private final DatasetSettings settings;

    public DatasetGenerator(AnalyticsSpec spec, DatasetSettings settings) {
        this.spec = spec;
        this.settings = settings;
    }

    /** Generates every table, starting at once. */
    public Dataset generate() {
        return generate(CompletableFuture.completedFuture(null));
    }

    /**
     * Generates the subscriptions at once and every other table once {@code othersMayStart} completes. The stub
     * opens that gate when it is serving: on 2 cores, building the other 160,000 rows while Spring starts slowed
     * its first answer by about 0.1 s, and each request waits only for the table it reads anyway. The data is the
     * same either way: every table draws from its own random stream.
     */
    public Dataset generate(CompletionStage<?> othersMayStart) {
        ResourceGenerators.Started started = new ResourceGenerators(spec, settings).start(othersMayStart);
        return new Dataset(spec, started.partner(), started.tables(), settings.describe(), true);
    }
}

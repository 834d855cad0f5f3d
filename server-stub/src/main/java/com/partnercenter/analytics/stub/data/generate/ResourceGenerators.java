package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.Partner;
import com.partnercenter.analytics.stub.data.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts one generator per resource over the shared {@link Population}: the subscriptions at once, every other
 * table once a gate opens, each on a small pool and from its own random stream, so the data is the same whatever
 * the order the tables finish in.
 */
public final class ResourceGenerators {
    private final AnalyticsSpec spec;
    private final DatasetSettings settings;

    /** The partner, and each table (by row schema name) as it is being built, subscriptions first. */
    public record Started(Partner partner, Map<String, CompletableFuture<Table>> tables) {
    }

    public ResourceGenerators(AnalyticsSpec spec, DatasetSettings settings) {
        this.spec = spec;
        this.settings = settings;
    }

    /** Draws the population now, starts the subscription table now and the others when {@code othersMayStart} completes. */
    public Started start(CompletionStage<?> othersMayStart) {
        CompletableFuture<?> gate = othersMayStart.toCompletableFuture();
        RandomStreams streams = RandomStreams.split(settings.seed());
        Population population = Population.generate(settings, streams);
        long asOf = Days.startOf(settings.asOf());

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "dataset-generator");
            t.setDaemon(true);
            return t;
        });
        // subscriptions first: most requests (and the README's sample) read them
        Map<String, CompletableFuture<Table>> tables = new LinkedHashMap<>();
        tables.put("Subscription", CompletableFuture.supplyAsync(
                () -> new SubscriptionTable(spec, settings.seed(), asOf).build(population), pool));
        tables.put("IndirectReseller", gate.thenApplyAsync(go -> new ResellerTable(spec).build(population), pool));
        CompletableFuture<LicenseTables.Built> licenses = gate.thenApplyAsync(
                go -> new LicenseTables(spec, asOf).build(streams.licenses(), population), pool);
        tables.put("LicenseDeployment", licenses.thenApply(LicenseTables.Built::deployment));
        tables.put("LicenseUsage", licenses.thenApply(LicenseTables.Built::usage));
        tables.put("Referral", gate.thenApplyAsync(
                go -> new ReferralTable(spec, settings.referrals(), asOf).build(streams.referrals(), population), pool));
        tables.put("SearchAnalytics", gate.thenApplyAsync(
                go -> new SearchTable(spec, settings.searches(), asOf).build(streams.searches(), population.partner), pool));
        tables.put("AzureUsage", gate.thenApplyAsync(
                go -> new AzureUsageTable(spec, settings.azureUsage(), asOf).build(streams.azureUsage(), population), pool));
        CompletableFuture.allOf(tables.values().toArray(new CompletableFuture[0])).whenComplete((v, e) -> pool.shutdown());
        return new Started(population.partner, tables);
    }
}

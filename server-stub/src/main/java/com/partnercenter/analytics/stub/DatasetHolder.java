package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.DataFiles;
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.DatasetGenerator;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dataset, generated (or read from data files) on a background thread that starts with the application
 * context, so generation overlaps Spring's start-up. Requests that arrive before it is ready wait for it.
 */
public final class DatasetHolder {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetHolder.class);
    private final CompletableFuture<Dataset> future;
    private final long started = System.nanoTime();
    private volatile long readyMillis = -1;

    private final StubProperties.Data settings;
    private final CompletableFuture<Void> remainingTablesMayStart = new CompletableFuture<>();

    /** Starts loading on a background thread; {@code spec} is called on that thread, so parsing the spec overlaps too. */
    public DatasetHolder(Supplier<AnalyticsSpec> specSupplier, StubProperties.Data settings) {
        this.settings = settings;
        this.future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                AnalyticsSpec spec = specSupplier.get();
                Dataset data = settings.getDir() != null ? DataFiles.load(spec, settings.getDir()) : new DatasetGenerator(spec, settingsOf(settings)).generate(remainingTablesMayStart).withDocumentedEntities();
                data.allTables().whenComplete((v, e) -> readyMillis = (System.nanoTime() - started) / 1_000_000);
                future.complete(data);
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "dataset-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Lets the tables other than subscriptions start generating (called when the stub is serving); until then only
     * the subscriptions are built, so they do not compete with Spring's start for the CPU. Idempotent.
     */
    public void startRemainingTables() {
        remainingTablesMayStart.complete(null);
    }

    public static DatasetSettings settingsOf(StubProperties.Data d) {
        DatasetSettings base = DatasetSettings.scaled(d.getSeed(), d.getScale());
        return new DatasetSettings(d.getSeed(), d.getAsOf() != null ? d.getAsOf() : base.asOf(),
                d.getCustomers() != null ? d.getCustomers() : base.customers(),
                d.getSubscriptions() != null ? d.getSubscriptions() : base.subscriptions(),
                d.getAzureUsage() != null ? d.getAzureUsage() : base.azureUsage(),
                d.getResellers() != null ? d.getResellers() : base.resellers(),
                d.getSearches() != null ? d.getSearches() : base.searches(),
                d.getReferrals() != null ? d.getReferrals() : base.referrals());
    }

    /** The dataset, waiting for it if needed. */
    public Dataset get() {
        try {
            return future.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, ApiException.UNEXPECTED, "The service is starting. Retry later.", List.of());
        } catch (ExecutionException e) {
            throw new ApiException(500, ApiException.UNEXPECTED, "The stub's dataset failed to load: " + e.getCause().getMessage(), List.of());
        } catch (TimeoutException e) {
            throw new ApiException(503, ApiException.UNEXPECTED, "The service is starting. Retry later.", List.of());
        }
    }

    /**
     * Completes when what a request needs is loaded: the table of {@code rowSchema}, or every table when there is
     * none (the license insights derive from several). Completes exceptionally if loading failed.
     */
    public CompletableFuture<?> whenReadyFor(java.util.Optional<String> rowSchema) {
        return future.thenCompose(d -> rowSchema.<java.util.concurrent.CompletionStage<?>>map(d::whenBuilt).orElse(d.allTables()));
    }

    /** The settings this holder loads with. */
    public StubProperties.Data settings() {
        return settings;
    }

    public CompletableFuture<Dataset> future() {
        return future;
    }

    /** True when every table is loaded. */
    public boolean ready() {
        return future.isDone() && !future.isCompletedExceptionally() && future.join().allTables().isDone()
                && !future.join().allTables().isCompletedExceptionally();
    }

    /** True when loading failed. */
    public boolean failed() {
        return future.isCompletedExceptionally() || future.isDone() && future.join().allTables().isCompletedExceptionally();
    }

    /** Milliseconds from context start to dataset ready, or -1. */
    public long readyMillis() {
        return readyMillis;
    }

    static Logger log() {
        return LOG;
    }
}

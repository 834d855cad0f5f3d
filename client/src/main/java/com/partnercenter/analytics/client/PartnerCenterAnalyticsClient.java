package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.IndirectReseller;
import com.partnercenter.analytics.client.generated.model.LicenseDeployment;
import com.partnercenter.analytics.client.generated.model.LicenseUsage;
import com.partnercenter.analytics.client.generated.model.Referral;
import com.partnercenter.analytics.client.generated.model.SearchAnalytics;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.internal.ClientContext;
import com.partnercenter.analytics.client.internal.OperationBinding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The Partner Center Analytics client: immutable and thread-safe, built once with {@link #builder()} and shared.
 *
 * <pre>{@code
 * PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder()
 *         .cloud(PartnerCenterCloud.GLOBAL)
 *         .tokenSupplier(() -> myTokenCache.accessToken())   // asked on every request
 *         .applicationName("Contoso Partner Portal")
 *         .build();
 * }</pre>
 *
 * One method group per resource: {@link #azureUsage()}, {@link #indirectResellers()}, {@link #subscriptions()},
 * {@link #search()}, {@link #referrals()}, {@link #licenseDeployments()}, {@link #licenseUsage()} and the deprecated
 * {@link #licenseInsights()}. Every request carries {@code Authorization}, {@code Accept: application/json},
 * {@code MS-Contract-Version: v1}, a new {@code MS-RequestId} (kept across the call's retries),
 * {@code MS-CorrelationId}, {@code X-Locale} and {@code MS-PartnerCenter-Application}.
 */
public final class PartnerCenterAnalyticsClient implements AutoCloseable {
    private final ClientContext context;
    private final Runnable closer;
    /** One method group per analytics operation of the spec (those with a capability matrix), by operationId. */
    private final Map<String, AnalyticsResource<?>> resources;
    private final LicenseInsights licenseInsights;

    PartnerCenterAnalyticsClient(ClientContext context, Runnable closer) {
        this.context = context;
        this.closer = closer;
        Map<String, AnalyticsResource<?>> byOperation = new LinkedHashMap<>();
        for (OperationBinding binding : context.bindings().values()) {
            if (binding.operation().query().isPresent()) {
                byOperation.put(binding.operationId(), new AnalyticsResource<>(context, binding, binding.rowType()));
            }
        }
        this.resources = Map.copyOf(byOperation);
        this.licenseInsights = new LicenseInsights(context);
    }

    /** The method group of an analytics operation, checked against the row model its accessor promises. */
    private <T> AnalyticsResource<T> resource(String operationId, Class<T> rowType) {
        AnalyticsResource<?> resource = resources.get(operationId);
        if (resource == null || context.binding(operationId).rowType() != rowType) {
            throw new IllegalStateException("The bundled spec has no analytics operation " + operationId + " of "
                    + rowType.getSimpleName() + " rows");
        }
        @SuppressWarnings("unchecked")
        AnalyticsResource<T> typed = (AnalyticsResource<T>) resource;
        return typed;
    }

    /** A new builder. */
    public static PartnerCenterAnalyticsClientBuilder builder() {
        return new PartnerCenterAnalyticsClientBuilder();
    }

    /** Azure usage of the partner's customers ({@code GET /partner/v1/analytics/usage/azure}). */
    public AnalyticsResource<AzureUsage> azureUsage() {
        return resource("listAzureUsage", AzureUsage.class);
    }

    /** The partner's indirect resellers ({@code GET /partner/v1/analytics/indirectresellers}). */
    public AnalyticsResource<IndirectReseller> indirectResellers() {
        return resource("listIndirectResellers", IndirectReseller.class);
    }

    /** Subscriptions, plain, filtered or grouped ({@code GET /partner/v1/analytics/subscriptions}). */
    public AnalyticsResource<Subscription> subscriptions() {
        return resource("listSubscriptions", Subscription.class);
    }

    /** Searches in which the partner appeared ({@code GET /partner/v1/analytics/search}). */
    public AnalyticsResource<SearchAnalytics> search() {
        return resource("listSearchAnalytics", SearchAnalytics.class);
    }

    /** Referrals ({@code GET /partner/v1/analytics/referrals}); not available in 21Vianet. */
    public AnalyticsResource<Referral> referrals() {
        return resource("listReferrals", Referral.class);
    }

    /** Commercial licenses deployment ({@code GET /partner/v1/analytics/commercial/deployment/license}). */
    public AnalyticsResource<LicenseDeployment> licenseDeployments() {
        return resource("listLicenseDeployments", LicenseDeployment.class);
    }

    /** Commercial licenses usage ({@code GET /partner/v1/analytics/commercial/usage/license}). */
    public AnalyticsResource<LicenseUsage> licenseUsage() {
        return resource("listLicenseUsage", LicenseUsage.class);
    }

    /**
     * The analytics operations returning {@code CompletableFuture}s: the same queries, headers, retries, errors and
     * redaction, without a thread waiting for each answer. Its threads and HTTP client are made on first use and
     * closed with this client.
     */
    public AsyncPartnerCenterAnalyticsClient async() {
        return new AsyncPartnerCenterAnalyticsClient(this);
    }

    /** The four deprecated license insights operations ({@code /v1/...}). */
    public LicenseInsights licenseInsights() {
        return licenseInsights;
    }

    /** The base URL requests go to. */
    public String baseUrl() {
        return context.baseUrl();
    }

    /**
     * A client that sends {@code correlationId} as {@code MS-CorrelationId} on every call, sharing this client's
     * connections and settings (for tying a batch of calls together in the service's logs).
     */
    public PartnerCenterAnalyticsClient withCorrelationId(UUID correlationId) {
        Objects.requireNonNull(correlationId, "correlationId");
        return new PartnerCenterAnalyticsClient(context.withCorrelationId(correlationId), () -> { });
    }

    /** Releases idle connections and threads of the HTTP client (clients made by {@link #withCorrelationId} share them). */
    @Override
    public void close() {
        closer.run();
    }

    @Override
    public String toString() {
        return "PartnerCenterAnalyticsClient[" + context.baseUrl() + "]";
    }
}

package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.generated.api.AzureUsageApi;
import com.partnercenter.analytics.client.generated.api.CommercialLicensesApi;
import com.partnercenter.analytics.client.generated.api.IndirectResellersApi;
import com.partnercenter.analytics.client.generated.api.LicenseInsightsApi;
import com.partnercenter.analytics.client.generated.api.ReferralsApi;
import com.partnercenter.analytics.client.generated.api.SearchApi;
import com.partnercenter.analytics.client.generated.api.SubscriptionsApi;
import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.AzureUsagePage;
import com.partnercenter.analytics.client.generated.model.IndirectReseller;
import com.partnercenter.analytics.client.generated.model.IndirectResellerPage;
import com.partnercenter.analytics.client.generated.model.LicenseDeployment;
import com.partnercenter.analytics.client.generated.model.LicenseDeploymentPage;
import com.partnercenter.analytics.client.generated.model.LicenseUsage;
import com.partnercenter.analytics.client.generated.model.LicenseUsagePage;
import com.partnercenter.analytics.client.generated.model.Referral;
import com.partnercenter.analytics.client.generated.model.ReferralPage;
import com.partnercenter.analytics.client.generated.model.SearchAnalytics;
import com.partnercenter.analytics.client.generated.model.SearchAnalyticsPage;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.generated.model.SubscriptionPage;
import com.partnercenter.analytics.client.internal.AnalyticsBinding;
import com.partnercenter.analytics.client.internal.ClientContext;

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
    private final Apis apis;
    private final Runnable closer;

    private final AnalyticsResource<AzureUsage> azureUsage;
    private final AnalyticsResource<IndirectReseller> indirectResellers;
    private final AnalyticsResource<Subscription> subscriptions;
    private final AnalyticsResource<SearchAnalytics> search;
    private final AnalyticsResource<Referral> referrals;
    private final AnalyticsResource<LicenseDeployment> licenseDeployments;
    private final AnalyticsResource<LicenseUsage> licenseUsage;
    private final LicenseInsights licenseInsights;

    /** The generated Feign interfaces, one per spec tag. */
    record Apis(AzureUsageApi azureUsage, IndirectResellersApi indirectResellers, SubscriptionsApi subscriptions,
                SearchApi search, ReferralsApi referrals, CommercialLicensesApi commercialLicenses,
                LicenseInsightsApi licenseInsights) {
    }

    PartnerCenterAnalyticsClient(ClientContext context, Apis apis, Runnable closer) {
        this.context = context;
        this.apis = apis;
        this.closer = closer;
        this.azureUsage = new AnalyticsResource<>(context, new AnalyticsBinding<AzureUsagePage, AzureUsage>("listAzureUsage",
                (h, q) -> {
                    AzureUsageApi.ListAzureUsageQueryParams p = new AzureUsageApi.ListAzureUsageQueryParams();
                    p.putAll(q);
                    return apis.azureUsage().listAzureUsageWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, AzureUsagePage::getValue, AzureUsagePage::getAtNextLink, AzureUsagePage::getTotalCount));
        this.indirectResellers = new AnalyticsResource<>(context, new AnalyticsBinding<IndirectResellerPage, IndirectReseller>(
                "listIndirectResellers",
                (h, q) -> {
                    IndirectResellersApi.ListIndirectResellersQueryParams p = new IndirectResellersApi.ListIndirectResellersQueryParams();
                    p.putAll(q);
                    return apis.indirectResellers().listIndirectResellersWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, IndirectResellerPage::getValue, IndirectResellerPage::getAtNextLink, IndirectResellerPage::getTotalCount));
        this.subscriptions = new AnalyticsResource<>(context, new AnalyticsBinding<SubscriptionPage, Subscription>(
                "listSubscriptions",
                (h, q) -> {
                    SubscriptionsApi.ListSubscriptionsQueryParams p = new SubscriptionsApi.ListSubscriptionsQueryParams();
                    p.putAll(q);
                    return apis.subscriptions().listSubscriptionsWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, SubscriptionPage::getValue, SubscriptionPage::getAtNextLink, SubscriptionPage::getTotalCount));
        this.search = new AnalyticsResource<>(context, new AnalyticsBinding<SearchAnalyticsPage, SearchAnalytics>(
                "listSearchAnalytics",
                (h, q) -> {
                    SearchApi.ListSearchAnalyticsQueryParams p = new SearchApi.ListSearchAnalyticsQueryParams();
                    p.putAll(q);
                    return apis.search().listSearchAnalyticsWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, SearchAnalyticsPage::getValue, SearchAnalyticsPage::getAtNextLink, SearchAnalyticsPage::getTotalCount));
        this.referrals = new AnalyticsResource<>(context, new AnalyticsBinding<ReferralPage, Referral>(
                "listReferrals",
                (h, q) -> {
                    ReferralsApi.ListReferralsQueryParams p = new ReferralsApi.ListReferralsQueryParams();
                    p.putAll(q);
                    return apis.referrals().listReferralsWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, ReferralPage::getValue, ReferralPage::getAtNextLink, ReferralPage::getTotalCount));
        this.licenseDeployments = new AnalyticsResource<>(context, new AnalyticsBinding<LicenseDeploymentPage, LicenseDeployment>(
                "listLicenseDeployments",
                (h, q) -> {
                    CommercialLicensesApi.ListLicenseDeploymentsQueryParams p = new CommercialLicensesApi.ListLicenseDeploymentsQueryParams();
                    p.putAll(q);
                    return apis.commercialLicenses().listLicenseDeploymentsWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, LicenseDeploymentPage::getValue, LicenseDeploymentPage::getAtNextLink, LicenseDeploymentPage::getTotalCount));
        this.licenseUsage = new AnalyticsResource<>(context, new AnalyticsBinding<LicenseUsagePage, LicenseUsage>(
                "listLicenseUsage",
                (h, q) -> {
                    CommercialLicensesApi.ListLicenseUsageQueryParams p = new CommercialLicensesApi.ListLicenseUsageQueryParams();
                    p.putAll(q);
                    return apis.commercialLicenses().listLicenseUsageWithHttpInfo(h.requestId(), h.correlationId(),
                            h.contractVersion(), h.locale(), h.application(), null, p);
                }, LicenseUsagePage::getValue, LicenseUsagePage::getAtNextLink, LicenseUsagePage::getTotalCount));
        this.licenseInsights = new LicenseInsights(context, apis.licenseInsights());
    }

    /** A new builder. */
    public static PartnerCenterAnalyticsClientBuilder builder() {
        return new PartnerCenterAnalyticsClientBuilder();
    }

    /** Azure usage of the partner's customers ({@code GET /partner/v1/analytics/usage/azure}). */
    public AnalyticsResource<AzureUsage> azureUsage() {
        return azureUsage;
    }

    /** The partner's indirect resellers ({@code GET /partner/v1/analytics/indirectresellers}). */
    public AnalyticsResource<IndirectReseller> indirectResellers() {
        return indirectResellers;
    }

    /** Subscriptions, plain, filtered or grouped ({@code GET /partner/v1/analytics/subscriptions}). */
    public AnalyticsResource<Subscription> subscriptions() {
        return subscriptions;
    }

    /** Searches in which the partner appeared ({@code GET /partner/v1/analytics/search}). */
    public AnalyticsResource<SearchAnalytics> search() {
        return search;
    }

    /** Referrals ({@code GET /partner/v1/analytics/referrals}); not available in 21Vianet. */
    public AnalyticsResource<Referral> referrals() {
        return referrals;
    }

    /** Commercial licenses deployment ({@code GET /partner/v1/analytics/commercial/deployment/license}). */
    public AnalyticsResource<LicenseDeployment> licenseDeployments() {
        return licenseDeployments;
    }

    /** Commercial licenses usage ({@code GET /partner/v1/analytics/commercial/usage/license}). */
    public AnalyticsResource<LicenseUsage> licenseUsage() {
        return licenseUsage;
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
        return new PartnerCenterAnalyticsClient(context.withCorrelationId(correlationId), apis, () -> { });
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

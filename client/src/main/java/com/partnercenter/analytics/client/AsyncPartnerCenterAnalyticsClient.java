package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.IndirectReseller;
import com.partnercenter.analytics.client.generated.model.LicenseDeployment;
import com.partnercenter.analytics.client.generated.model.LicenseUsage;
import com.partnercenter.analytics.client.generated.model.Referral;
import com.partnercenter.analytics.client.generated.model.SearchAnalytics;
import com.partnercenter.analytics.client.generated.model.Subscription;

/**
 * The analytics operations of {@link PartnerCenterAnalyticsClient} returning {@code CompletableFuture}s, from
 * {@link PartnerCenterAnalyticsClient#async()}. It shares the client's settings, token supplier, retry policy and
 * logging; it sends over the JDK's non-blocking HTTP client, so many calls can wait for their answers at once on a
 * couple of threads (the builder's {@code asyncThreads}, default 2), and retry waits are scheduled, not slept.
 * Closing the client closes it too.
 */
public final class AsyncPartnerCenterAnalyticsClient {
    private final PartnerCenterAnalyticsClient client;

    AsyncPartnerCenterAnalyticsClient(PartnerCenterAnalyticsClient client) {
        this.client = client;
    }

    /** Azure usage ({@code GET /partner/v1/analytics/usage/azure}). */
    public AsyncAnalyticsResource<AzureUsage> azureUsage() {
        return new AsyncAnalyticsResource<>(client.azureUsage());
    }

    /** Indirect resellers ({@code GET /partner/v1/analytics/indirectresellers}). */
    public AsyncAnalyticsResource<IndirectReseller> indirectResellers() {
        return new AsyncAnalyticsResource<>(client.indirectResellers());
    }

    /** Subscriptions ({@code GET /partner/v1/analytics/subscriptions}). */
    public AsyncAnalyticsResource<Subscription> subscriptions() {
        return new AsyncAnalyticsResource<>(client.subscriptions());
    }

    /** Search analytics ({@code GET /partner/v1/analytics/search}). */
    public AsyncAnalyticsResource<SearchAnalytics> search() {
        return new AsyncAnalyticsResource<>(client.search());
    }

    /** Referrals ({@code GET /partner/v1/analytics/referrals}). */
    public AsyncAnalyticsResource<Referral> referrals() {
        return new AsyncAnalyticsResource<>(client.referrals());
    }

    /** Commercial licenses deployment ({@code GET /partner/v1/analytics/commercial/deployment/license}). */
    public AsyncAnalyticsResource<LicenseDeployment> licenseDeployments() {
        return new AsyncAnalyticsResource<>(client.licenseDeployments());
    }

    /** Commercial licenses usage ({@code GET /partner/v1/analytics/commercial/usage/license}). */
    public AsyncAnalyticsResource<LicenseUsage> licenseUsage() {
        return new AsyncAnalyticsResource<>(client.licenseUsage());
    }

    @Override
    public String toString() {
        return "AsyncPartnerCenterAnalyticsClient[" + client.baseUrl() + "]";
    }
}

package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.generated.model.CustomerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesUsageInsights;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesUsageInsights;
import com.partnercenter.analytics.client.internal.CallHeaders;
import com.partnercenter.analytics.client.internal.ClientContext;
import com.partnercenter.analytics.client.internal.OperationBinding;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The four older license insights operations ({@code /v1/...}), which answer with a {@code Collection} and take no
 * query parameters. All are deprecated by the service in favour of {@link PartnerCenterAnalyticsClient#licenseDeployments()}
 * and {@link PartnerCenterAnalyticsClient#licenseUsage()}; they are here for partners who still rely on them, with
 * the same headers, retries and errors as every other call (which Microsoft's own Java SDK, the only other client
 * of these four, does not give).
 */
public final class LicenseInsights {
    private final ClientContext context;

    LicenseInsights(ClientContext context) {
        this.context = context;
    }

    /** Partner-level licenses deployment insights ({@code GET /v1/analytics/licenses/deployment}). */
    @Deprecated
    public ResourceCollection<PartnerLicensesDeploymentInsights> partnerDeployment() {
        return partnerDeployment(RequestOptions.none());
    }

    /** {@link #partnerDeployment()} with {@code options} overriding the client's settings for this call. */
    @Deprecated
    public ResourceCollection<PartnerLicensesDeploymentInsights> partnerDeployment(RequestOptions options) {
        return call("listPartnerLicensesDeploymentInsights", Map.of(), PartnerLicensesDeploymentInsights.class, options);
    }

    /** Partner-level licenses usage insights ({@code GET /v1/analytics/licenses/usage}). */
    @Deprecated
    public ResourceCollection<PartnerLicensesUsageInsights> partnerUsage() {
        return partnerUsage(RequestOptions.none());
    }

    /** {@link #partnerUsage()} with {@code options} overriding the client's settings for this call. */
    @Deprecated
    public ResourceCollection<PartnerLicensesUsageInsights> partnerUsage(RequestOptions options) {
        return call("listPartnerLicensesUsageInsights", Map.of(), PartnerLicensesUsageInsights.class, options);
    }

    /** One customer's licenses deployment insights ({@code GET /v1/customers/{customer-id}/analytics/licenses/deployment}). */
    @Deprecated
    public ResourceCollection<CustomerLicensesDeploymentInsights> customerDeployment(UUID customerId) {
        return customerDeployment(customerId, RequestOptions.none());
    }

    /** {@link #customerDeployment(UUID)} with {@code options} overriding the client's settings for this call. */
    @Deprecated
    public ResourceCollection<CustomerLicensesDeploymentInsights> customerDeployment(UUID customerId, RequestOptions options) {
        Objects.requireNonNull(customerId, "customerId");
        return call("listCustomerLicensesDeploymentInsights", Map.of("customer-id", customerId.toString()), CustomerLicensesDeploymentInsights.class, options);
    }

    /** One customer's licenses usage insights ({@code GET /v1/customers/{customer-id}/analytics/licenses/usage}). */
    @Deprecated
    public ResourceCollection<CustomerLicensesUsageInsights> customerUsage(UUID customerId) {
        return customerUsage(customerId, RequestOptions.none());
    }

    /** {@link #customerUsage(UUID)} with {@code options} overriding the client's settings for this call. */
    @Deprecated
    public ResourceCollection<CustomerLicensesUsageInsights> customerUsage(UUID customerId, RequestOptions options) {
        Objects.requireNonNull(customerId, "customerId");
        return call("listCustomerLicensesUsageInsights", Map.of("customer-id", customerId.toString()), CustomerLicensesUsageInsights.class, options);
    }

    private <T> ResourceCollection<T> call(String operationId, Map<String, String> pathParameters, Class<T> itemType,
                                           RequestOptions options) {
        OperationBinding binding = context.binding(operationId);
        String path = binding.path(pathParameters);
        CallHeaders headers = context.headers(options.correlationId().orElseGet(context::correlationIdForNewOperation));
        return context.get(binding, path, headers, Map.of(), options, response -> {
            OperationBinding.Envelope<T> body = binding.envelope(response, itemType);
            return new ResourceCollection<>(body.rows(), body.totalCount() == null ? null : Math.toIntExact(body.totalCount()),
                    body.nextLink(), body.objectType(), headers.requestId(), headers.correlationId());
        }).value();
    }
}

package com.partnercenter.analytics.client;

import com.partnercenter.analytics.spec.AnalyticsSpec;

import com.partnercenter.analytics.client.generated.api.LicenseInsightsApi;
import com.partnercenter.analytics.client.generated.model.ApiResponse;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesDeploymentInsightsCollection;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesUsageInsights;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesUsageInsightsCollection;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesDeploymentInsightsCollection;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesUsageInsights;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesUsageInsightsCollection;
import com.partnercenter.analytics.client.generated.model.ResourceAttributes;
import com.partnercenter.analytics.client.generated.model.ResourceLinks;
import com.partnercenter.analytics.client.internal.CallHeaders;
import com.partnercenter.analytics.client.internal.ClientContext;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The four older license insights operations ({@code /v1/...}), which answer with a {@code Collection} and take no
 * query parameters. All are deprecated by the service in favour of {@link PartnerCenterAnalyticsClient#licenseDeployments()}
 * and {@link PartnerCenterAnalyticsClient#licenseUsage()}; they are here for partners who still rely on them, with
 * the same headers, retries and errors as every other call (which Microsoft's own Java SDK, the only other client
 * of these four, does not give).
 */
public final class LicenseInsights {
    private final ClientContext context;
    private final LicenseInsightsApi api;

    LicenseInsights(ClientContext context, LicenseInsightsApi api) {
        this.context = context;
        this.api = api;
    }

    /** Partner-level licenses deployment insights ({@code GET /v1/analytics/licenses/deployment}). */
    @Deprecated
    public ResourceCollection<PartnerLicensesDeploymentInsights> partnerDeployment() {
        return call("listPartnerLicensesDeploymentInsights", null,
                h -> api.listPartnerLicensesDeploymentInsightsWithHttpInfo(h.requestId(), h.correlationId(),
                        h.contractVersion(), h.locale(), h.application(), null),
                PartnerLicensesDeploymentInsightsCollection::getItems,
                PartnerLicensesDeploymentInsightsCollection::getTotalCount,
                PartnerLicensesDeploymentInsightsCollection::getLinks,
                PartnerLicensesDeploymentInsightsCollection::getAttributes);
    }

    /** Partner-level licenses usage insights ({@code GET /v1/analytics/licenses/usage}). */
    @Deprecated
    public ResourceCollection<PartnerLicensesUsageInsights> partnerUsage() {
        return call("listPartnerLicensesUsageInsights", null,
                h -> api.listPartnerLicensesUsageInsightsWithHttpInfo(h.requestId(), h.correlationId(),
                        h.contractVersion(), h.locale(), h.application(), null),
                PartnerLicensesUsageInsightsCollection::getItems,
                PartnerLicensesUsageInsightsCollection::getTotalCount,
                PartnerLicensesUsageInsightsCollection::getLinks,
                PartnerLicensesUsageInsightsCollection::getAttributes);
    }

    /** One customer's licenses deployment insights ({@code GET /v1/customers/{customer-id}/analytics/licenses/deployment}). */
    @Deprecated
    public ResourceCollection<CustomerLicensesDeploymentInsights> customerDeployment(UUID customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return call("listCustomerLicensesDeploymentInsights", customerId,
                h -> api.listCustomerLicensesDeploymentInsightsWithHttpInfo(customerId, h.requestId(), h.correlationId(),
                        h.contractVersion(), h.locale(), h.application(), null),
                CustomerLicensesDeploymentInsightsCollection::getItems,
                CustomerLicensesDeploymentInsightsCollection::getTotalCount,
                CustomerLicensesDeploymentInsightsCollection::getLinks,
                CustomerLicensesDeploymentInsightsCollection::getAttributes);
    }

    /** One customer's licenses usage insights ({@code GET /v1/customers/{customer-id}/analytics/licenses/usage}). */
    @Deprecated
    public ResourceCollection<CustomerLicensesUsageInsights> customerUsage(UUID customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return call("listCustomerLicensesUsageInsights", customerId,
                h -> api.listCustomerLicensesUsageInsightsWithHttpInfo(customerId, h.requestId(), h.correlationId(),
                        h.contractVersion(), h.locale(), h.application(), null),
                CustomerLicensesUsageInsightsCollection::getItems,
                CustomerLicensesUsageInsightsCollection::getTotalCount,
                CustomerLicensesUsageInsightsCollection::getLinks,
                CustomerLicensesUsageInsightsCollection::getAttributes);
    }

    /** The operation's path as the spec gives it, with the customer id filled in where it has one. */
    private static String path(String operationId, UUID customerId) {
        String template = AnalyticsSpec.bundled().operation(operationId)
                .orElseThrow(() -> new IllegalStateException("No operation " + operationId + " in the spec")).path();
        return customerId == null ? template : template.replace("{customer-id}", customerId.toString());
    }

    private <C, T> ResourceCollection<T> call(String operationId, UUID customerId, Function<CallHeaders, ApiResponse<C>> send,
                                               Function<C, List<T>> items, Function<C, Integer> totalCount,
                                               Function<C, ResourceLinks> links, Function<C, ResourceAttributes> attributes) {
        String path = path(operationId, customerId);
        CallHeaders headers = context.headers(context.correlationIdForNewOperation());
        ApiResponse<C> response = context.send(operationId, path, headers, () -> send.apply(headers));
        C body = response.getData();
        if (body == null) {
            return new ResourceCollection<>(List.of(), null, null, null, headers.requestId(), headers.correlationId());
        }
        ResourceLinks l = links.apply(body);
        ResourceAttributes a = attributes.apply(body);
        List<T> list = items.apply(body);
        return new ResourceCollection<>(list == null ? List.of() : list.stream().filter(Objects::nonNull).toList(),
                totalCount.apply(body), l == null || l.getNext() == null ? null : l.getNext().getUri(),
                a == null ? null : a.getObjectType(), headers.requestId(), headers.correlationId());
    }
}

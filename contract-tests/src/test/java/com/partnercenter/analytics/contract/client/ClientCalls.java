package com.partnercenter.analytics.contract.client;

import com.partnercenter.analytics.client.AnalyticsResource;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.spec.AggregationLevel;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the client performs a fixture's request: the operation's facade method, with the fixture's query parameters
 * given to the client's typed query API (never as raw strings the client would pass through).
 */
final class ClientCalls {
    private static final Map<String, Function<PartnerCenterAnalyticsClient, AnalyticsResource<?>>> RESOURCES = Map.of(
            "listAzureUsage", PartnerCenterAnalyticsClient::azureUsage,
            "listIndirectResellers", PartnerCenterAnalyticsClient::indirectResellers,
            "listSubscriptions", PartnerCenterAnalyticsClient::subscriptions,
            "listSearchAnalytics", PartnerCenterAnalyticsClient::search,
            "listReferrals", PartnerCenterAnalyticsClient::referrals,
            "listLicenseDeployments", PartnerCenterAnalyticsClient::licenseDeployments,
            "listLicenseUsage", PartnerCenterAnalyticsClient::licenseUsage);

    private ClientCalls() {
    }

    static boolean isAnalytics(String operationId) {
        return RESOURCES.containsKey(operationId);
    }

    static AnalyticsResource<?> resource(PartnerCenterAnalyticsClient client, String operationId) {
        return RESOURCES.get(operationId).apply(client);
    }

    /** The typed query for a fixture's query parameters ({@code groupBy} is the documented alias of groupby). */
    static AnalyticsQuery query(Map<String, String> parameters) {
        AnalyticsQuery.Builder b = AnalyticsQuery.builder();
        parameters.forEach((name, value) -> {
            switch (name) {
                case "filter" -> b.filter(value);
                case "groupby", "groupBy" -> b.groupBy(value.split(","));
                case "aggregationLevel" -> b.aggregationLevel(AggregationLevel.fromWireValue(value).orElseThrow(
                        () -> new IllegalArgumentException("aggregationLevel " + value)));
                case "orderby" -> {
                    for (String key : value.split(",")) {
                        String[] parts = key.trim().split(" +");
                        if (parts.length > 1 && parts[1].equalsIgnoreCase("desc")) {
                            b.orderByDescending(parts[0]);
                        } else {
                            b.orderBy(parts[0]);
                        }
                    }
                }
                case "top" -> b.top(Integer.parseInt(value));
                case "skip" -> b.skip(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("No typed query method for parameter '" + name + "'");
            }
        });
        return b.build();
    }

    /** The customer id of a customer-level path, e.g. {@code /v1/customers/<id>/analytics/licenses/usage}. */
    static UUID customerId(Fixture f) {
        List<String> segments = List.of(f.request().urlPath().split("/"));
        return UUID.fromString(segments.get(segments.indexOf("customers") + 1));
    }

    /** Performs the fixture's call; returns the client's result (a Page or a ResourceCollection). */
    static Object call(PartnerCenterAnalyticsClient client, Fixture f, String nextLinkToFollow) {
        String op = f.operationId();
        if (isAnalytics(op)) {
            AnalyticsResource<?> resource = resource(client, op);
            if (nextLinkToFollow != null) {
                return resource.page(nextLinkToFollow);
            }
            return f.request().queryParameters().isEmpty() ? resource.list() : resource.list(query(f.request().queryParameters()));
        }
        return switch (op) {
            case "listPartnerLicensesDeploymentInsights" -> client.licenseInsights().partnerDeployment();
            case "listPartnerLicensesUsageInsights" -> client.licenseInsights().partnerUsage();
            case "listCustomerLicensesDeploymentInsights" -> client.licenseInsights().customerDeployment(customerId(f));
            case "listCustomerLicensesUsageInsights" -> client.licenseInsights().customerUsage(customerId(f));
            default -> throw new IllegalArgumentException("No client call for " + op);
        };
    }
}

package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.stub.data.DocumentedEntities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request example of the documentation (as the Partner Center pages give them, with spaces percent-encoded
 * because HTTP cannot carry them raw), under both path forms where the spec has aliases, answers 200 with at least
 * one row, and plain rows carry every key of the documented response row.
 */
class DocumentedRequestsHttpTest extends HttpTestBase {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static final String TENANT_FILTER = "filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27";

    /** operationId, then the documented path and query. */
    static final String[][] DOCUMENTED = {
            {"listAzureUsage", "/partner/v1/analytics/usage/azure"},
            {"listAzureUsage", "/partner/v1/analytics/usage/azure?filter=meterCategory eq 'Data Management'"},
            {"listAzureUsage", "/partner/v1/analytics/usage/azure?filter=meterCategory eq 'Data Management' or (usageDate le cast('2018-01-01', Edm.DateTimeOffset) and usageDate le cast('2018-04-01', Edm.DateTimeOffset))"},
            {"listAzureUsage", "/partner/v1/analytics/usage/azure?orderby=meterCategory,meterUnit"},
            {"listAzureUsage", "/partner/v1/analytics/usage/azure?groupby=meterCategory,meterUnit"},
            {"listIndirectResellers", "/partner/v1/analytics/indirectresellers"},
            {"listIndirectResellers", "/partner/v1/analytics/indirectresellers?filter=market eq 'US'"},
            {"listIndirectResellers", "/partner/v1/analytics/indirectresellers?filter=market eq 'US' or (firstSubscriptionCreationDate le cast('2018-01-01',Edm.DateTimeOffset) and firstSubscriptionCreationDate le cast('2018-04-01',Edm.DateTimeOffset))"},
            {"listIndirectResellers", "/partner/v1/analytics/indirectresellers?orderby=market,subscriptionCount"},
            {"listSubscriptions", "/partner/v1/analytics/subscriptions"},
            {"listSubscriptions", "/partner/v1/analytics/subscriptions?filter=autoRenewEnabled eq true"},
            {"listSubscriptions", "/partner/v1/analytics/subscriptions?filter=autoRenewEnabled eq true and customerMarket eq 'US'"},
            {"listSubscriptions", "/partner/v1/analytics/subscriptions?groupBy=subscriptionType"},
            {"listSearchAnalytics", "/partner/v1/analytics/search"},
            {"listSearchAnalytics", "/partner/v1/analytics/search?top=100&skip=100"},
            {"listReferrals", "/partner/v1/analytics/referrals"},
            {"listReferrals", "/partner/v1/analytics/referrals?top=100&skip=100"},
            {"listLicenseDeployments", "/partner/v1/analytics/commercial/deployment/license?" + TENANT_FILTER},
            {"listLicenseDeployments", "/partner/v1/analytics/commercial/deployment/license?filter=serviceCode eq 'O365'"},
            {"listLicenseDeployments", "/partner/v1/analytics/commercial/deployment/license?filter=serviceCode eq 'O365' or (channel eq 'Reseller')"},
            {"listLicenseUsage", "/partner/v1/analytics/commercial/usage/license?" + TENANT_FILTER},
            {"listLicenseUsage", "/partner/v1/analytics/commercial/usage/license?filter=serviceCode eq 'O365'"},
            {"listLicenseUsage", "/partner/v1/analytics/commercial/usage/license?filter=serviceCode eq 'O365' or (channel eq 'Reseller')"},
            {"listLicenseUsage", "/partner/v1/analytics/commercial/usage/license?filter=workloadCode eq 'SFB'"},
            {"listPartnerLicensesDeploymentInsights", "/v1/analytics/licenses/deployment"},
            {"listPartnerLicensesUsageInsights", "/v1/analytics/licenses/usage"},
            {"listCustomerLicensesDeploymentInsights", "/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/deployment"},
            {"listCustomerLicensesUsageInsights", "/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage"},
    };

    static Stream<Arguments> requests() {
        List<Arguments> out = new ArrayList<>();
        for (String[] d : DOCUMENTED) {
            OperationDescriptor op = SPEC.operation(d[0]).orElseThrow();
            out.add(Arguments.of(d[0], d[1]));
            String path = d[1].contains("?") ? d[1].substring(0, d[1].indexOf('?')) : d[1];
            String query = d[1].substring(path.length());
            for (String alias : op.pathAliases()) {
                out.add(Arguments.of(d[0], alias + query));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("requests")
    void everyDocumentedRequestAnswersRowsShapedLikeTheDocumentedOnes(String operationId, String request) {
        HttpResponse<String> r = get(request.replace(" ", "%20"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        JsonNode rows = body.has("Value") ? body.get("Value") : body.get("items");
        assertThat(rows).as(request).isNotEmpty();
        Set<String> documented = documentedKeys(operationId);
        boolean grouped = request.toLowerCase(Locale.ROOT).contains("groupby=");
        if (!grouped) {
            for (JsonNode row : rows) {
                Set<String> keys = new HashSet<>();
                row.fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as(request).containsAll(documented);
            }
        }
    }

    /** The keys of the first plain row of the operation's documented response example. */
    private static Set<String> documentedKeys(String operationId) {
        OperationDescriptor op = SPEC.operation(operationId).orElseThrow();
        JsonNode examples = SPEC.resolve(SPEC.document().path("paths").path(op.path()).path("get").path("responses").path("200"))
                .path("content").path("application/json").path("examples");
        Set<String> keys = new HashSet<>();
        JsonNode first = SPEC.resolve(examples.elements().next()).path("value");
        JsonNode row = first.has("Value") ? first.get("Value").get(0) : first.get("items").get(0);
        row.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void everyPlainResponseExampleRowOfTheSpecIsInTheData() {
        java.util.Map<String, List<com.fasterxml.jackson.databind.node.ObjectNode>> rows = DocumentedEntities.rows(SPEC);
        // the example rows of the spec: 2 subscriptions, 1 each of the other plain examples, 2 + 2 commercial license
        // rows of tenant 0112A436-..., and 3 + 5 rows for the customer of the license insight examples
        assertThat(rows).containsOnlyKeys("AzureUsage", "IndirectReseller", "Subscription", "SearchAnalytics", "Referral",
                "LicenseDeployment", "LicenseUsage");
        assertThat(rows.get("Subscription")).hasSize(2);
        assertThat(rows.get("LicenseDeployment")).hasSize(5);
        assertThat(rows.get("LicenseUsage")).hasSize(7);
        for (String schema : List.of("AzureUsage", "IndirectReseller", "SearchAnalytics", "Referral")) {
            assertThat(rows.get(schema)).as(schema).hasSize(1);
        }
        for (String tenant : List.of("76906668-27FC-4F5B-A35C-75A9823E13AF", "735920EB-A564-4C72-9FE5-52632562712C")) {
            JsonNode page = json(get("/partner/v1/analytics/subscriptions?filter=customerTenantId%20eq%20%27" + tenant + "%27"));
            assertThat(page.get("TotalCount").asLong()).as(tenant).isPositive();
            // the filtered example omits these; the schema requires them, so they come from the other example row
            for (String key : List.of("partnerName", "providerName", "churnRisk", "billingCycleName")) {
                assertThat(page.get("Value").get(0).get(key).isTextual()).as(tenant + " " + key).isTrue();
            }
        }
    }

    @Test
    void aGuidMatchesInEitherLetterCase() {
        String path = "/partner/v1/analytics/commercial/deployment/license?filter=customerTenantId%20eq%20%27";
        long upper = json(get(path + "0112A436-B14E-4888-967B-CA4BB2CF1234%27")).get("TotalCount").asLong();
        long lower = json(get(path + "0112a436-b14e-4888-967b-ca4bb2cf1234%27")).get("TotalCount").asLong();
        assertThat(upper).isPositive().isEqualTo(lower);
        String subs = "/partner/v1/analytics/subscriptions?filter=customerTenantId%20eq%20%27";
        String tenant = json(get("/partner/v1/analytics/subscriptions?top=1")).get("Value").get(0).get("customerTenantId").asText();
        long u = json(get(subs + tenant.toUpperCase(Locale.ROOT) + "%27")).get("TotalCount").asLong();
        long l = json(get(subs + tenant.toLowerCase(Locale.ROOT) + "%27")).get("TotalCount").asLong();
        assertThat(u).isPositive().isEqualTo(l);
    }

    @Test
    void subscriptionTypeIsCaseSensitiveAndTheLicenseCodesAreNot() {
        String subs = "/partner/v1/analytics/subscriptions?filter=subscriptionType%20eq%20%27";
        assertThat(json(get(subs + "azure%27")).get("TotalCount").asLong()).isZero();
        assertThat(json(get(subs + "Azure%27")).get("TotalCount").asLong()).isPositive();
        JsonNode o365 = json(get("/partner/v1/analytics/commercial/deployment/license?filter=serviceCode%20eq%20%27O365%27"));
        assertThat(o365.get("TotalCount").asLong()).isPositive();
        assertThat(o365.get("Value").get(0).get("serviceCode").asText()).isEqualTo("o365");
    }

    @Test
    void theDocumentedCustomerHasTheDocumentedLicenseInsightsAndAnUnknownCustomerIsStillA404() {
        JsonNode deployment = json(get("/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/deployment"));
        List<String> products = new ArrayList<>();
        deployment.get("items").forEach(i -> products.add(i.get("productName").asText()));
        assertThat(products).contains("OFFICE 365 BUSINESS ESSENTIALS", "EXCHANGE ONLINE (PLAN 1)", "EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE");
        assertThat(deployment.get("items").get(0).get("customerName").asText()).isEqualTo("DT DEMO CSP CUSTOMER 005");
        assertThat(DocumentedEntities.INSIGHTS_CUSTOMER).isEqualToIgnoringCase("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
        HttpResponse<String> unknown = get("/v1/customers/00000000-0000-0000-0000-000000000001/analytics/licenses/deployment");
        ErrorsAndHeadersHttpTest.assertServiceError(unknown, 404, 1000);
    }
}

package com.partnercenter.analytics.spec;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyticsSpecTest {
    static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    @Test
    void theBundledDocumentIsTheSourceDocument() {
        assertThat(SPEC.document()).isEqualTo(AnalyticsSpec.read(SpecDocuments.DOCUMENT).document());
    }

    @Test
    void theDocumentHoldsTheElevenDocumentedOperationsAtTheirExactPaths() {
        assertThat(SPEC.operations().values()).extracting(op -> op.method() + " " + op.path()).containsExactlyInAnyOrder(
                "GET /partner/v1/analytics/usage/azure",
                "GET /partner/v1/analytics/indirectresellers",
                "GET /partner/v1/analytics/subscriptions",
                "GET /partner/v1/analytics/search",
                "GET /partner/v1/analytics/referrals",
                "GET /partner/v1/analytics/commercial/deployment/license",
                "GET /partner/v1/analytics/commercial/usage/license",
                "GET /v1/analytics/licenses/deployment",
                "GET /v1/analytics/licenses/usage",
                "GET /v1/customers/{customer-id}/analytics/licenses/deployment",
                "GET /v1/customers/{customer-id}/analytics/licenses/usage");
    }

    @Test
    void theFourLicenseInsightOperationsAreDeprecatedAndNameTheirReplacements() {
        assertThat(SPEC.operations().values()).filteredOn(OperationDescriptor::deprecated)
                .extracting(op -> op.operationId() + "->" + op.replacedBy().orElse("?"))
                .containsExactlyInAnyOrder(
                        "listPartnerLicensesDeploymentInsights->listLicenseDeployments",
                        "listPartnerLicensesUsageInsights->listLicenseUsage",
                        "listCustomerLicensesDeploymentInsights->listLicenseDeployments",
                        "listCustomerLicensesUsageInsights->listLicenseUsage");
        assertThat(SPEC.operations().values()).filteredOn(OperationDescriptor::deprecated)
                .allSatisfy(op -> assertThat(op.path()).startsWith("/v1/").contains("/analytics/licenses/"));
    }

    @Test
    void theCommercialLicenseOperationsListTheSyntaxTablePathsAsAliases() {
        assertThat(SPEC.operation("listLicenseUsage").orElseThrow().pathAliases())
                .contains("/v1/analytics/commercial/usage/license/");
        assertThat(SPEC.operation("listLicenseDeployments").orElseThrow().pathAliases())
                .contains("/v1/analytics/commercial/deployment/license/");
    }

    @Test
    void everyAnalyticsOperationHasAMatrixAndTheLicenseInsightsHaveNone() {
        assertThat(SPEC.operations().values()).allSatisfy(op ->
                assertThat(op.query().isPresent()).as(op.operationId()).isEqualTo(op.path().startsWith("/partner/")));
    }

    @Test
    void theSubscriptionMatrixIsTheDocumentedTable() {
        QueryCapabilities subscriptions = SPEC.queryCapabilities("listSubscriptions");
        assertThat(subscriptions.field("customerName").orElseThrow().filterOperators()).containsExactly(FilterOperator.CONTAINS);
        assertThat(subscriptions.field("productName").orElseThrow().filterOperators())
                .containsExactlyInAnyOrder(FilterOperator.CONTAINS, FilterOperator.EQ, FilterOperator.NE);
        assertThat(subscriptions.field("creationDate").orElseThrow().filterOperators()).hasSize(6);
        assertThat(subscriptions.field("creationDate").orElseThrow().type()).isEqualTo(FieldType.DATE_TIME);
        assertThat(subscriptions.field("autoRenewEnabled").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(subscriptions.field("trialEndDate")).isEmpty();
        assertThat(subscriptions.aggregateFields()).extracting(FieldCapability::name)
                .containsExactly("subscriptionCount", "licenseCount");
        assertThat(subscriptions.field("licenseCount").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
        assertThat(subscriptions.supportsOrderBy()).isFalse();
        assertThat(subscriptions.aggregationLevels()).containsExactly(AggregationLevel.DAY, AggregationLevel.WEEK, AggregationLevel.MONTH);
    }

    @Test
    void fieldNamesAreMatchedWithoutRegardToCaseAsTheDocsSpellThemDifferently() {
        assertThat(SPEC.queryCapabilities("listIndirectResellers").field("Name")).map(FieldCapability::name).hasValue("name");
        assertThat(SPEC.queryCapabilities("listAzureUsage").field("CustomerTenantId")).map(FieldCapability::name).hasValue("customerTenantId");
    }

    @Test
    void documentedNamesMapToTheKeysTheServiceSends() {
        assertThat(SPEC.queryCapabilities("listIndirectResellers").field("latestSubscriptionDeprovisionedDate").orElseThrow().wireName())
                .isEqualTo("latestSubscriptionDeprovisionedEndDate");
        assertThat(SPEC.queryCapabilities("listLicenseUsage").field("licensesActive").orElseThrow().wireName())
                .isEqualTo("licenseActive");
    }

    @Test
    void aMatrixNamingAnUnknownFieldIsRejectedWithTheOperationAndTheField() {
        JsonNode broken = SPEC.document().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/paths/~1partner~1v1~1analytics~1subscriptions/get/x-pc-query/fields"))
                .putObject("colour").putArray("filter").add("eq");
        assertThatThrownBy(() -> AnalyticsSpec.read(new java.io.ByteArrayInputStream(broken.toString().getBytes()), "broken").operations())
                .isInstanceOf(SpecFormatException.class)
                .hasMessageContaining("listSubscriptions").hasMessageContaining("'colour'").hasMessageContaining("Subscription");
    }

    /** Every field api-facts.md lists for each resource, plus the example-only keys it names (§3, §9). */
    static Stream<Arguments> documentedFields() {
        return Stream.of(
                Arguments.of("AzureUsage", List.of("customerTenantId", "customerName", "subscriptionId", "subscriptionName", "usageDate",
                        "resourceLocation", "meterCategory", "meterSubcategory", "meterUnit", "reservationOrderId", "reservationId",
                        "serviceType", "consumptionMeterId", "quantity")),
                Arguments.of("IndirectReseller", List.of("partnerTenantId", "id", "name", "market", "firstSubscriptionCreationDate",
                        "latestSubscriptionCreationDate", "firstSubscriptionEndDate", "latestSubscriptionEndDate",
                        "firstSubscriptionSuspendedDate", "latestSubscriptionSuspendedDate", "firstSubscriptionDeprovisionedDate",
                        "latestSubscriptionDeprovisionedDate", "latestSubscriptionDeprovisionedEndDate", "subscriptionCount",
                        "licenseCount", "indirectResellerCount")),
                Arguments.of("Subscription", List.of("customerTenantId", "customerName", "customerMarket", "id", "status", "productName",
                        "subscriptionType", "autoRenewEnabled", "partnerId", "friendlyName", "partnerName", "providerName", "creationDate",
                        "effectiveStartDate", "commitmentEndDate", "currentStateEndDate", "trialToPaidConversionDate", "trialStartDate",
                        "trialEndDate", "lastUsageDate", "deprovisionedDate", "lastRenewalDate", "licenseCount", "subscriptionCount",
                        "churnRisk", "billingCycleName")),
                Arguments.of("SearchAnalytics", List.of("companyName", "contactButtonClicked", "detailsViewed", "referralSubmitted",
                        "keywordCountry", "keywordIndustryFocus", "keywordProduct", "keywordSearchText", "mpnId", "partnerMarket",
                        "searchDate", "searchResultPageViews", "contactClicks", "referralCount", "profileViews")),
                Arguments.of("Referral", List.of("id", "status", "customerMarket", "customerName", "customerOrgSize", "partnerMarket",
                        "acceptedDate", "acknowledgedDate", "archivedDate", "declinedDate", "expiredDate", "lostDate", "missedDate",
                        "createdDate", "skippedDate", "wonDate")),
                Arguments.of("LicenseDeployment", List.of("serviceCode", "serviceName", "channel", "customerTenantId", "customerName",
                        "productId", "productName", "licensesDeployed", "licensesSold", "processedDateTime")),
                Arguments.of("LicenseUsage", List.of("workloadCode", "workloadName", "serviceCode", "serviceName", "channel",
                        "customerTenantId", "customerName", "productId", "productName", "licensesActive", "licenseActive",
                        "licensesQualified", "processedDateTime")),
                Arguments.of("PartnerLicensesDeploymentInsights", List.of("proratedDeploymentPercent", "licensesSold", "processedDateTime",
                        "serviceName", "channel", "attributes")),
                Arguments.of("PartnerLicensesUsageInsights", List.of("proratedLicensesUsagePercent", "workloadName", "processedDateTime",
                        "serviceName", "channel", "attributes")),
                Arguments.of("CustomerLicensesDeploymentInsights", List.of("licensesDeployed", "licensesSold", "deploymentPercent",
                        "customerId", "customerName", "productName", "serviceCode", "serviceName", "channel", "processedDateTime", "attributes")),
                Arguments.of("CustomerLicensesUsageInsights", List.of("workloadCode", "workloadName", "usagePercent", "licensesActive",
                        "licensesQualified", "customerId", "customerName", "productName", "serviceCode", "serviceName", "channel",
                        "processedDateTime", "attributes")),
                Arguments.of("ServiceError", List.of("code", "description", "data", "source")),
                Arguments.of("ThrottlingError", List.of("statusCode", "message")),
                Arguments.of("ResourceAttributes", List.of("etag", "objectType")),
                Arguments.of("ResourceLinks", List.of("self", "next", "previous")),
                Arguments.of("Link", List.of("uri", "method", "headers")));
    }

    @ParameterizedTest(name = "{0} declares every documented field")
    @MethodSource("documentedFields")
    void everyResourceDeclaresEveryDocumentedField(String schema, List<String> fields) {
        List<String> declared = new ArrayList<>();
        SPEC.schema(schema).path("properties").fieldNames().forEachRemaining(declared::add);
        assertThat(declared).containsAll(fields);
    }

    @Test
    void theWorkloadNameDocumentedAsANumberIsAString() {
        assertThat(SPEC.schema("CustomerLicensesUsageInsights").at("/properties/workloadName/type").asText()).isEqualTo("string");
    }

    @Test
    void scalarPropertiesDescribeEveryRowKeyAsTheWireCarriesIt() {
        List<SchemaProperty> subscription = SPEC.scalarProperties("Subscription");
        assertThat(subscription).extracting(SchemaProperty::name).contains("creationDate", "licenseCount", "churnRisk");
        SchemaProperty licenseCount = subscription.stream().filter(p -> p.name().equals("licenseCount")).findFirst().orElseThrow();
        assertThat(licenseCount.type()).isEqualTo(FieldType.INTEGER);
        assertThat(licenseCount.alternativelyAString()).isTrue();
        SchemaProperty trialEnd = subscription.stream().filter(p -> p.name().equals("trialEndDate")).findFirst().orElseThrow();
        assertThat(trialEnd).isEqualTo(new SchemaProperty("trialEndDate", FieldType.DATE_TIME, "local-date-time", true, false));
        assertThat(SPEC.scalarProperties("PartnerLicensesDeploymentInsights")).extracting(SchemaProperty::name)
                .doesNotContain("attributes").contains("processedDateTime");
    }
}

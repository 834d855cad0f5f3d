package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientBuilderTest {
    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    @Test
    void cloudsHaveTheDocumentedBaseUrls() {
        assertThat(PartnerCenterCloud.GLOBAL.baseUrl()).isEqualTo("https://api.partnercenter.microsoft.com");
        assertThat(PartnerCenterCloud.US_GOVERNMENT.baseUrl()).isEqualTo("https://api.partnercenter.microsoft.com");
        assertThat(PartnerCenterCloud.CHINA_21VIANET.baseUrl()).isEqualTo("https://partner.partnercenterapi.microsoftonline.cn");
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().tokenSupplier(() -> "t").build()) {
            assertThat(client.baseUrl()).as("the default cloud").isEqualTo(PartnerCenterCloud.GLOBAL_BASE_URL);
        }
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().cloud(PartnerCenterCloud.CHINA_21VIANET)
                .tokenSupplier(() -> "t").build()) {
            assertThat(client.baseUrl()).isEqualTo(PartnerCenterCloud.CHINA_21VIANET_BASE_URL);
        }
    }

    @Test
    void aTokenSupplierIsRequired() {
        assertThatThrownBy(() -> PartnerCenterAnalyticsClient.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenSupplier");
    }

    @Test
    void invalidSettingsFailWhenSet() {
        var builder = PartnerCenterAnalyticsClient.builder();
        assertThatThrownBy(() -> builder.baseUrl("ftp://example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.baseUrl("api.partnercenter.microsoft.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.baseUrl("https://example.com?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.applicationName("bad\nname")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.locale(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsTrailingSlashLocaleObjectAndBearerPrefixAreHandled() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/search"))
                .withHeader("Authorization", equalTo("Bearer abc"))
                .withHeader("X-Locale", equalTo("fr-CA"))
                .withHeader("MS-PartnerCenter-Application", equalTo(PartnerCenterAnalyticsClientBuilder.DEFAULT_APPLICATION_NAME))
                .withHeader("MS-CorrelationId", equalTo("6492b9d6-5629-429b-934c-040b1946e760"))
                .willReturn(okForContentType("application/json", SpecExamples.json("SearchAnalyticsPageAll"))));

        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder()
                .baseUrl(server.baseUrl() + "/")
                .tokenSupplier(() -> "Bearer abc")
                .locale(Locale.CANADA_FRENCH)
                .correlationId(UUID.fromString("6492b9d6-5629-429b-934c-040b1946e760"))
                .build()) {
            assertThat(client.search().list().items()).hasSize(1);
        }
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/partner/v1/analytics/search")))).hasSize(1);
    }

    @Test
    void aTokenSupplierThatReturnsNothingFailsWithoutSending() {
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().baseUrl(server.baseUrl())
                .tokenSupplier(() -> null).build()) {
            assertThatThrownBy(() -> client.subscriptions().list())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no access token");
        }
    }

    @Test
    void theTokenSupplierIsAskedOnEveryRequest() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals"))
                .willReturn(okForContentType("application/json", SpecExamples.json("ReferralPageAll"))));
        AtomicInteger calls = new AtomicInteger();
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().baseUrl(server.baseUrl())
                .tokenSupplier(() -> "token-" + calls.incrementAndGet()).build()) {
            client.referrals().list();
            client.referrals().list();
        }
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/partner/v1/analytics/referrals"))))
                .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void everyResourceKnowsItsOperationAndMatrix() {
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().tokenSupplier(() -> "t").build()) {
            assertThat(client.azureUsage().operationId()).isEqualTo("listAzureUsage");
            assertThat(client.indirectResellers().operationId()).isEqualTo("listIndirectResellers");
            assertThat(client.subscriptions().operationId()).isEqualTo("listSubscriptions");
            assertThat(client.search().operationId()).isEqualTo("listSearchAnalytics");
            assertThat(client.referrals().operationId()).isEqualTo("listReferrals");
            assertThat(client.licenseDeployments().operationId()).isEqualTo("listLicenseDeployments");
            assertThat(client.licenseUsage().operationId()).isEqualTo("listLicenseUsage");
            assertThat(client.subscriptions().capabilities().field("customerName").orElseThrow().filterOperators())
                    .containsExactly(com.partnercenter.analytics.spec.FilterOperator.CONTAINS);
        }
    }

    @Test
    void howEachStringFieldComparesIsReadFromTheSpecsMatrix() {
        // DEV-42: subscriptionType is case-sensitive as documented; GUIDs and the other strings ignore case
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().tokenSupplier(() -> "t").build()) {
            var subscriptions = client.subscriptions().capabilities();
            assertThat(subscriptions.field("subscriptionType").orElseThrow().comparison())
                    .isEqualTo(com.partnercenter.analytics.spec.StringComparison.CASE_SENSITIVE);
            assertThat(subscriptions.field("customerTenantId").orElseThrow().comparison())
                    .isEqualTo(com.partnercenter.analytics.spec.StringComparison.IGNORE_CASE);
            assertThat(client.licenseDeployments().capabilities().field("serviceCode").orElseThrow().comparison())
                    .isEqualTo(com.partnercenter.analytics.spec.StringComparison.IGNORE_CASE);
        }
    }

    @Test
    void knownValuesOfOpenEnumerationsComeFromTheSpec() {
        try (PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder().tokenSupplier(() -> "t").build()) {
            assertThat(client.subscriptions().knownValues("subscriptionType"))
                    .containsExactly("Office", "Azure", "Microsoft365", "Dynamics", "EMS", "M365", "UNKNOWN", "Windows");
            assertThat(client.subscriptions().knownValues("status")).containsExactly("ACTIVE", "SUSPENDED", "DEPROVISIONED");
            assertThat(client.referrals().knownValues("customerOrgSize")).contains("10to50employees");
            assertThat(client.subscriptions().knownValues("customerName")).isEmpty();
        }
    }
}

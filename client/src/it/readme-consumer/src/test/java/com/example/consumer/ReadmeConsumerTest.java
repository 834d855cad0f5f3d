package com.example.consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.readme.ReadmeExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the README's example code, compiled here against the installed client only. */
class ReadmeConsumerTest {
    private WireMockServer server;
    private PartnerCenterAnalyticsClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        client = ReadmeExamples.buildClient(server.baseUrl(), () -> "consumer-token");
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    void theFilterExampleSendsTheEscapedFilterAndReadsTheRows() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/subscriptions"))
                .withHeader("Authorization", equalTo("Bearer consumer-token"))
                .withHeader("MS-Contract-Version", equalTo("v1"))
                .withQueryParam("filter", equalTo("customerMarket eq 'US' and autoRenewEnabled eq true and contains(customerName,'O''Brien')"))
                .willReturn(okForContentType("application/json",
                        "{\"Value\":[{\"customerName\":\"O'Brien Ltd\",\"creationDate\":\"2017-06-02T23:11:58.747\",\"licenseCount\":\"3\"}],"
                                + "\"@nextLink\":null,\"TotalCount\":1}")));

        var rows = ReadmeExamples.listSubscriptionsWithAFilter(client);

        assertEquals(1, rows.size());
        assertEquals("O'Brien Ltd", rows.get(0).getCustomerName());
        assertEquals(3L, rows.get(0).getLicenseCount());
        assertEquals("2017-06-02T23:11:58.747Z", rows.get(0).getCreationDate().toString());
    }

    @Test
    void theErrorExampleReadsTheServiceError() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":800002,\"description\":\"Invalid filter\",\"data\":[\"filter\"],\"source\":\"PartnerFD\"}")));

        assertEquals("rejected: code 800002, Invalid filter [filter]", ReadmeExamples.handleErrors(client));
    }
}

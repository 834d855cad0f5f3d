package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The set-up most client tests share: a WireMock server per test class that fails the test on any unmatched
 * request ({@link ClientFixture#wireMock()}), and a fresh client against it for each test, closed afterwards.
 */
abstract class WireMockClientTest {
    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    PartnerCenterAnalyticsClient client;

    @BeforeEach
    void createClient() {
        client = ClientFixture.client(server, new FakeTime());
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}

package com.partnercenter.analytics.client.support;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.RetryPolicy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Shared set-up: a WireMock server that fails the test on any unmatched request, and clients pointed at it. */
public final class ClientFixture {
    public static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl";
    public static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private ClientFixture() {
    }

    public static WireMockExtension wireMock() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .failOnUnmatchedRequests(true)
                .build();
    }

    /** Retry policy for tests: 4 attempts, 1 s doubling, no jitter, 5 minutes. */
    public static RetryPolicy testRetryPolicy() {
        return RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                .multiplier(2).jitter(0).maxElapsed(Duration.ofMinutes(5)).build();
    }

    /** A builder against the server, with fake time, a counting token supplier and the test retry policy. */
    public static PartnerCenterAnalyticsClientBuilder builder(WireMockExtension server, FakeTime time, AtomicInteger tokenCalls) {
        return PartnerCenterAnalyticsClient.builder()
                .baseUrl(server.baseUrl())
                .tokenSupplier(() -> {
                    tokenCalls.incrementAndGet();
                    return TOKEN;
                })
                .applicationName("Contoso Partner Portal")
                .locale("en-GB")
                .retryPolicy(testRetryPolicy())
                .sleeper(time)
                .clock(time)
                .readTimeout(Duration.ofSeconds(5))
                .httpLogLevel(HttpLogLevel.NONE);
    }

    public static PartnerCenterAnalyticsClient client(WireMockExtension server, FakeTime time) {
        return builder(server, time, new AtomicInteger()).build();
    }
}

package com.partnercenter.analytics.stub.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code server.forward-headers-strategy=none}: forwarded headers are ignored; links name the address the request reached. */
@TestPropertySource(properties = "server.forward-headers-strategy=none")
class ForwardedHeadersOffHttpTest extends HttpTestBase {
    @Test
    void forwardedHeadersAreIgnored() {
        String page = "/partner/v1/analytics/subscriptions?top=2";
        for (String[] headers : new String[][]{
                {"X-Forwarded-Host", "stub.example.com", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "8443", "X-Forwarded-Prefix", "/pc"},
                {"Forwarded", "host=stub.example.com;proto=https"}}) {
            assertThat(json(get(page, headers)).get("@nextLink").asText())
                    .isEqualTo(base() + "/partner/v1/analytics/subscriptions?top=2&skip=2");
        }
        assertThat(get("/openapi.yaml?servers=stub", "Authorization", null, "X-Forwarded-Host", "stub.example.com").body())
                .contains("  - url: " + base() + "\n");
    }
}

package com.partnercenter.analytics.stub.web;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How bodies are framed on the wire: pages that fit the converter's buffer go out whole with a Content-Length (one
 * write, the fast path under load); bigger pages stream with chunked encoding instead of being held in memory.
 */
class ResponseFramingHttpTest extends HttpTestBase {

    @Test
    void aSmallPageIsSentWholeWithItsContentLength() {
        String raw = raw("GET /partner/v1/analytics/subscriptions?top=100 HTTP/1.1\r\nHost: x\r\nAuthorization: " + TOKEN
                + "\r\nConnection: close\r\n\r\n");
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);

        assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length)
                .doesNotContainIgnoringCase("Transfer-Encoding");
        assertThat(json(get("/partner/v1/analytics/subscriptions?top=100")).get("Value")).hasSize(100);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(ResponseBodyConverter.WHOLE_BODY_LIMIT);
    }

    @Test
    void aPageBiggerThanTheBufferIsStreamedChunkedAndArrivesComplete() {
        String raw = raw("GET /partner/v1/analytics/subscriptions?top=900 HTTP/1.1\r\nHost: x\r\nAuthorization: " + TOKEN
                + "\r\nConnection: close\r\n\r\n");
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Transfer-Encoding: chunked").doesNotContainIgnoringCase("Content-Length");

        HttpResponse<String> page = get("/partner/v1/analytics/subscriptions?top=900");
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ResponseBodyConverter.WHOLE_BODY_LIMIT);
        assertThat(json(page).get("Value")).hasSize(900);
        // the 900 generated subscriptions and the documentation's example rows
        int documented = com.partnercenter.analytics.stub.data.DocumentedEntities.rows(com.partnercenter.analytics.spec.AnalyticsSpec.bundled())
                .get("Subscription").size();
        assertThat(json(page).get("TotalCount").asInt()).isEqualTo(900 + documented);
    }
}

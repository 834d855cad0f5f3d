package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code ...WithResponse}: the typed page with the status, headers and attempts of the same exchange. */
class RawResponseTest extends WireMockClientTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    private static ResponseDefinitionBuilder page() {
        return okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))
                .withHeader("MS-RequestId", "0b3c4b0f-5d2a-4c1b-9f43-1f3e0e8d3a11")
                .withHeader("MS-CorrelationId", "8d1a6c3e-2f4b-4e5a-9c7d-0a1b2c3d4e5f")
                .withHeader("MS-CV", "f0trvmq8mEScHcFS.0")
                .withHeader("MS-ServerId", "102030524");
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void listWithResponseGivesTheStatusTheHeadersAndTheTypedPageOfOneRequest() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(page()));

        Response<Page<Subscription>> response = client.subscriptions().listWithResponse(AnalyticsQuery.all(), RequestOptions.none());

        assertThat(requests()).as("no second request for the headers").hasSize(1);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.requestId()).hasValue("0b3c4b0f-5d2a-4c1b-9f43-1f3e0e8d3a11");
        assertThat(response.correlationId()).hasValue("8d1a6c3e-2f4b-4e5a-9c7d-0a1b2c3d4e5f");
        assertThat(response.correlationVector()).hasValue("f0trvmq8mEScHcFS.0");
        assertThat(response.header("ms-serverid")).as("any header, without regard to case").hasValue("102030524");
        assertThat(response.headers()).containsKey("Content-Type");
        assertThat(response.value().items()).extracting(Subscription::getCustomerName).containsExactly("TESTORG65656565");
        assertThat(response.value().requestId().toString()).isEqualTo(requests().get(0).getHeader("MS-RequestId"));
        assertThat(response.attempts()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(a.succeeded()).isTrue();
            assertThat(a.correlationVector()).hasValue("f0trvmq8mEScHcFS.0");
            assertThat(a.waitBeforeNext()).isZero();
        });
    }

    @Test
    void theAttemptsShowEveryRetryWithTheRetryAfterTheServiceAskedFor() {
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withHeader("MS-CV", "cv.1")
                        .withBody(SpecExamples.json("ErrorRateLimitExceeded")))
                .willSetStateTo("unavailable"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttled").whenScenarioStateIs("unavailable")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")
                        .withBody(SpecExamples.json("ErrorServiceUnavailable")))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttled").whenScenarioStateIs("up").willReturn(page()));

        Response<Page<Subscription>> response = client.subscriptions().listWithResponse(AnalyticsQuery.all(), RequestOptions.none());

        assertThat(requests()).hasSize(3);
        assertThat(requests()).extracting(r -> r.getHeader("MS-RequestId")).as("one logical call").containsOnly(
                response.value().requestId().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.attempts()).extracting(Attempt::number, Attempt::statusCode, Attempt::retryAfter,
                        Attempt::failure, Attempt::waitBeforeNext)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 429, Optional.of(Duration.ofSeconds(3)), Optional.of("HTTP 429"), Duration.ofSeconds(3)),
                        org.assertj.core.groups.Tuple.tuple(2, 503, Optional.of(Duration.ofSeconds(7)), Optional.of("HTTP 503"), Duration.ofSeconds(7)),
                        org.assertj.core.groups.Tuple.tuple(3, 200, Optional.empty(), Optional.empty(), Duration.ZERO));
        assertThat(response.attempts().get(0).correlationVector()).hasValue("cv.1");
    }

    @Test
    void pageWithResponseReadsASavedLinkWithItsAnswer() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(page()));

        Response<Page<Subscription>> response = client.subscriptions().pageWithResponse(PATH + "?top=5&skip=10", RequestOptions.none());

        assertThat(response.value().query()).containsEntry("top", "5").containsEntry("skip", "10");
        assertThat(response.correlationVector()).hasValue("f0trvmq8mEScHcFS.0");
        assertThat(requests()).singleElement().satisfies(r -> assertThat(r.getUrl()).isEqualTo(PATH + "?top=5&skip=10"));
    }
}

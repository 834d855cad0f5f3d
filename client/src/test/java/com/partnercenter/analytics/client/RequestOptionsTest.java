package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.TransportException;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link RequestOptions} override the client's settings for the one call they are given to, and only for it. */
class RequestOptionsTest extends WireMockClientTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(anyUrl()));
    }

    @Test
    void aCallsTimeoutReplacesTheClientsReadTimeoutForThatCallOnly() {
        // The client waits up to 5 s for data (ClientFixture); the service answers after 1.5 s.
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okForContentType("application/json",
                SpecExamples.json("SubscriptionPageAll")).withFixedDelay(1500)));
        RequestOptions impatient = RequestOptions.builder().timeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.subscriptions().list(AnalyticsQuery.all(), impatient));

        assertThat(e).as("300 ms is not enough").isNotNull();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(client.subscriptions().list().items()).as("the next call has the client's timeout again").hasSize(1);
    }

    @Test
    void aCallsRetryPolicyReplacesTheClientsForThatCallOnly() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody(SpecExamples.json("ErrorServiceUnavailable"))));

        ServerErrorException once = catchThrowableOfType(ServerErrorException.class,
                () -> client.subscriptions().list(AnalyticsQuery.all(), RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()));
        int afterOnce = requests().size();
        ServerErrorException byDefault = catchThrowableOfType(ServerErrorException.class, () -> client.subscriptions().list());

        assertThat(once.attempts()).isEqualTo(1);
        assertThat(afterOnce).isEqualTo(1);
        assertThat(byDefault.attempts()).as("the client's policy: 4 attempts").isEqualTo(4);
        assertThat(requests()).hasSize(5);
    }

    @Test
    void aCallsCorrelationIdAndHeadersAreSentOnEveryPageOfItsPassAndNotAfter() {
        UUID job = UUID.fromString("11111111-2222-3333-4444-555555555555");
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", absent()).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"id\":\"S1\"}],\"@nextLink\":\"" + PATH + "?top=1&skip=1\",\"TotalCount\":2}")));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", equalTo("1")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"id\":\"S2\"}],\"@nextLink\":null,\"TotalCount\":2}")));
        RequestOptions options = RequestOptions.builder().correlationId(job)
                .header("X-Locale", "de-DE").header("X-Gateway-Route", "eu-west").build();

        List<String> ids = client.subscriptions().listAll(AnalyticsQuery.all(), options).stream().map(Subscription::getId).toList();
        client.subscriptions().list();

        assertThat(ids).containsExactly("S1", "S2");
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(3);
        for (LoggedRequest pageRequest : sent.subList(0, 2)) {
            assertThat(pageRequest.getHeader("MS-CorrelationId")).isEqualTo(job.toString());
            assertThat(pageRequest.getHeaders().getHeader("X-Locale").values()).as("replaced, not added").containsExactly("de-DE");
            assertThat(pageRequest.getHeader("X-Gateway-Route")).isEqualTo("eu-west");
            assertThat(pageRequest.getHeader("Authorization")).isEqualTo("Bearer " + com.partnercenter.analytics.client.support.ClientFixture.TOKEN);
        }
        LoggedRequest after = sent.get(2);
        assertThat(after.getHeader("MS-CorrelationId")).isNotEqualTo(job.toString());
        assertThat(after.getHeader("X-Locale")).isEqualTo("en-GB");
        assertThat(after.containsHeader("X-Gateway-Route")).isFalse();
    }

    @Test
    void theDeprecatedLicenseInsightsTakeOptionsToo() {
        UUID customer = UUID.fromString("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
        UUID job = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/v1/customers/" + customer + "/analytics/licenses/usage"))
                .withHeader("MS-CorrelationId", equalTo(job.toString()))
                .withHeader("X-Locale", equalTo("fr-FR"))
                .willReturn(okForContentType("application/json", SpecExamples.json("CustomerLicensesUsageInsightsCollection"))));

        @SuppressWarnings("deprecation")
        ResourceCollection<?> usage = client.licenseInsights().customerUsage(customer,
                RequestOptions.builder().correlationId(job).header("X-Locale", "fr-FR").build());

        assertThat(usage.items()).hasSize(5);
        assertThat(usage.correlationId()).isEqualTo(job);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Authorization", "authorization", "MS-RequestId", "MS-CorrelationId", "Accept", "MS-Contract-Version", "Host"})
    void headersTheClientOwnsCannotBeSetPerCall(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is set by the client");
    }

    @Test
    void badOptionsFailWhenBuiltNotWhenSent() {
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Bad", "line\nbreak")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().header("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestOptions.builder().header("X-Secret", "s3cr3t").build().toString()).doesNotContain("s3cr3t");
    }
}

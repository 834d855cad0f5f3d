package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.ForbiddenException;
import com.partnercenter.analytics.client.error.NotFoundException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.error.TransportException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Retries: only what can succeed later, waiting what the service asks, within the budget; never a client error. */
class RetryTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private final FakeTime time = new FakeTime();
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private PartnerCenterAnalyticsClient client;

    @BeforeEach
    void setUp() {
        client = ClientFixture.builder(server, time, tokenCalls).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static void firstThen(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
                                  com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("second"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("retry").whenScenarioStateIs("second")
                .willReturn(then));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
        return okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"));
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void throttledWithRetryAfterSecondsWaitsThatLongThenSucceedsWithTheSameRequestId() {
        firstThen(aResponse().withStatus(429).withHeader("Retry-After", "57").withHeader("Content-Type", "application/json")
                .withBody(SpecExamples.json("ErrorRateLimitExceeded")), ok());

        Page<Subscription> page = client.subscriptions().list();

        assertThat(page.items()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(57));
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getHeader("MS-RequestId")).isEqualTo(sent.get(0).getHeader("MS-RequestId"))
                .isEqualTo(page.requestId().toString());
        assertThat(sent.get(1).getHeader("MS-CorrelationId")).isEqualTo(sent.get(0).getHeader("MS-CorrelationId"));
        assertThat(tokenCalls).as("the token supplier is asked on every attempt").hasValue(2);
    }

    @Test
    void throttledWithRetryAfterHttpDateWaitsUntilThatDate() {
        String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
        firstThen(aResponse().withStatus(429).withHeader("Retry-After", in90Seconds), ok());

        client.subscriptions().list();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
        assertThat(requests()).hasSize(2);
    }

    @Test
    void serviceUnavailableThenOkRetriesAfterTheInitialBackoff() {
        firstThen(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody(SpecExamples.json("ErrorServiceUnavailable")), ok());

        Page<Subscription> page = client.subscriptions().list();

        assertThat(page.items()).extracting(Subscription::getCustomerName).containsExactly("TESTORG65656565");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(requests()).hasSize(2);
    }

    @Test
    void connectionResetThenOkRetriesOnce() {
        firstThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        Page<Subscription> page = client.subscriptions().list();

        assertThat(page.items()).hasSize(1);
        assertThat(requests()).as("OkHttp does not retry silently: every send is the policy's").hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void connectionFaultOnEveryAttemptEndsInTransportExceptionWithTheAttemptCount() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.subscriptions().list());

        assertThat(e.statusCode()).isZero();
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        assertThat(requests()).hasSize(4);
    }

    @Test
    void serverErrorsUntilTheAttemptBudgetIsSpentEndInServerErrorWithExponentialWaits() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody(SpecExamples.json("ErrorUnexpected"))));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.subscriptions().list());

        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.code()).isEqualTo("800003");
        assertThat(requests()).hasSize(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(requests()).extracting(r -> r.getHeader("MS-RequestId")).containsOnly(e.requestId().toString());
    }

    @Test
    void retryAfterBeyondTheTimeBudgetIsNotWaitedFor() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.subscriptions().list());

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryAfter()).hasValue(Duration.ofHours(1));
        assertThat(time.sleeps()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void theTimeBudgetStopsRetriesBeforeTheAttemptBudget() {
        client.close();
        client = ClientFixture.builder(server, time, tokenCalls)
                .retryPolicy(ClientFixture.testRetryPolicy().toBuilder().maxAttempts(10).maxElapsed(Duration.ofSeconds(10)).build())
                .build();
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(504)));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.subscriptions().list());

        // waits 1 + 2 + 4 = 7 s; the next (8 s) would end after 10 s
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.statusCode()).isEqualTo(504);
    }

    @ParameterizedTest(name = "HTTP {0} is never retried")
    @ValueSource(ints = {400, 401, 403, 404})
    void clientErrorsAreNeverRetried(int status) {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":1000,\"description\":\"no\",\"data\":[],\"source\":\"PartnerFD\"}")));

        PartnerCenterException e = catchThrowableOfType(PartnerCenterException.class, () -> client.subscriptions().list());

        assertThat(e).isInstanceOfAny(BadRequestException.class, UnauthorizedException.class, ForbiddenException.class, NotFoundException.class);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} is retried")
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retryableStatusesAreRetriedUntilOk(int status) {
        firstThen(aResponse().withStatus(status), ok());

        assertThat(client.subscriptions().list().items()).hasSize(1);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void notImplementedIsNotRetried() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(501)));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.subscriptions().list());

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void readTimeoutIsATransportFaultAndIsRetried() {
        client.close();
        client = ClientFixture.builder(server, time, tokenCalls).readTimeout(Duration.ofMillis(200)).build();
        firstThen(ok().withFixedDelay(1500), ok());

        assertThat(client.subscriptions().list().items()).hasSize(1);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void anInterruptedWaitStopsTheCallAndKeepsTheInterruptFlag() {
        client.close();
        client = ClientFixture.builder(server, time, tokenCalls).sleeper(d -> {
            throw new InterruptedException("stop");
        }).build();
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.subscriptions().list());

        assertThat(Thread.interrupted()).isTrue();
        assertThat(e.description()).startsWith("interrupted while waiting to retry");
        assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerErrorException.class);
        assertThat(e.attempts()).isEqualTo(1);
    }
}

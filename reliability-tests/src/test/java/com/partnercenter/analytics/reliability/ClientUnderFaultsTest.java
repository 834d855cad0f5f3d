package com.partnercenter.analytics.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.InvalidResponseException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.error.TransportException;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.reliability.support.RawHttpServer;
import com.partnercenter.analytics.reliability.support.RecordingSleeper;
import com.partnercenter.analytics.reliability.support.SpecBodies;
import com.partnercenter.analytics.reliability.support.ThreadWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against a service that fails in every way the issue lists (WireMock fault injection, real time, real
 * sockets): each case ends, within a bounded time, in the right typed exception or in a successful retry, and no
 * thread is left inside a call afterwards.
 *
 * <p>The client runs with a short read timeout (300 ms) and a fast retry policy (4 attempts, 20 ms doubling, no
 * jitter, 3 s budget) and really sleeps, so the bounds below are real. RetryTest and ErrorMappingTest in the client
 * module check the exact waits and every error field with a fake clock; this class checks that nothing hangs.
 */
class ClientUnderFaultsTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    private static final Duration BUDGET = Duration.ofSeconds(3);
    /** Far above what any case needs (the slowest, four read timeouts plus backoff, is under 2 s): a hang, not slowness. */
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(200)).multiplier(2).jitter(0).maxElapsed(BUDGET).build();
    /** The fault server's own (Jetty) threads. */
    private static final String[] SERVER_THREADS = {"qtp", "Connector-Scheduler", "raw-http"};

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
            .failOnUnmatchedRequests(true)
            .build();

    private ThreadWatch threads;
    private RecordingSleeper sleeper;
    private PartnerCenterAnalyticsClient client;

    @BeforeEach
    void setUp() {
        threads = ThreadWatch.start();
        sleeper = new RecordingSleeper();
        client = PartnerCenterAnalyticsClient.builder()
                .baseUrl(server.baseUrl())
                .tokenSupplier(() -> "fault-test-token")
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(READ_TIMEOUT)
                .retryPolicy(FAST)
                .sleeper(sleeper)
                .httpLogLevel(HttpLogLevel.NONE)
                .build();
    }

    @AfterEach
    void noThreadIsLeftHanging() {
        client.close();
        assertThat(threads.leftovers(Duration.ofSeconds(3), SERVER_THREADS))
                .as("threads still in a client call, or new non-daemon threads, after the case").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The table: a fault, and how the call must end.

    /**
     * How a case must end: a page after {@code attempts} sends, or {@code type} after {@code attempts} sends with
     * {@code status} (0: no response), a {@code cause} somewhere in its cause chain and a description containing
     * {@code descriptionFragment}; and the retry loop's waits.
     */
    record Expected(Class<? extends PartnerCenterException> type, int attempts, int status, Class<? extends Throwable> cause,
                    String descriptionFragment, List<Duration> waits) {
        static Expected success(int requests, Duration... waits) {
            return new Expected(null, requests, 200, null, null, List.of(waits));
        }

        static Expected failure(Class<? extends PartnerCenterException> type, int attempts, int status,
                                Class<? extends Throwable> cause, String descriptionFragment, Duration... waits) {
            return new Expected(type, attempts, status, cause, descriptionFragment, List.of(waits));
        }
    }

    record Case(String name, Consumer<WireMockExtension> serve, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Duration W1 = Duration.ofMillis(20);
    private static final Duration W2 = Duration.ofMillis(40);
    private static final Duration W3 = Duration.ofMillis(80);

    static Stream<Case> faults() {
        String page = SpecBodies.example("SubscriptionPageAll");
        String truncated = page.substring(0, page.length() / 2);
        String httpDateInOneHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        return Stream.of(
                new Case("connection reset on every attempt",
                        always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                        Expected.failure(TransportException.class, 4, 0, IOException.class, "", W1, W2, W3)),
                new Case("connection reset once, then OK",
                        firstThenOk(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1),
                        Expected.success(2, W1)),
                new Case("empty reply on every attempt",
                        always(aResponse().withFault(Fault.EMPTY_RESPONSE)),
                        Expected.failure(TransportException.class, 4, 0, IOException.class, "", W1, W2, W3)),
                new Case("empty reply twice, then OK",
                        firstThenOk(aResponse().withFault(Fault.EMPTY_RESPONSE), 2),
                        Expected.success(3, W1, W2)),
                new Case("garbage instead of a status line, then the connection closes",
                        always(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
                        Expected.failure(TransportException.class, 4, 0, IOException.class, "", W1, W2, W3)),
                new Case("status 200, then a malformed chunk breaks the body off",
                        always(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
                        Expected.failure(TransportException.class, 4, 200, IOException.class, "", W1, W2, W3)),
                new Case("200 with truncated JSON (not retried: the same answer would come again)",
                        always(okForContentType("application/json", truncated)),
                        Expected.failure(InvalidResponseException.class, 1, 200, null, "not valid JSON for SubscriptionPage")),
                new Case("200 with an empty body",
                        always(aResponse().withStatus(200).withHeader("Content-Type", "application/json")),
                        Expected.failure(InvalidResponseException.class, 1, 200, null, "body is empty")),
                new Case("200 with a JSON array instead of the page object",
                        always(okForContentType("application/json", "[1,2,3]")),
                        Expected.failure(InvalidResponseException.class, 1, 200, null, "SubscriptionPage")),
                new Case("503 whose error body is malformed JSON, on every attempt",
                        always(aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody("{\"code\": 8000")),
                        Expected.failure(ServerErrorException.class, 4, 503, null, "not JSON", W1, W2, W3)),
                new Case("headers later than the read timeout, on every attempt",
                        always(okForContentType("application/json", page).withFixedDelay(1500)),
                        Expected.failure(TransportException.class, 4, 0, SocketTimeoutException.class, "timeout", W1, W2, W3)),
                new Case("429 whose Retry-After (3600 s) exceeds the retry budget: not waited for",
                        always(aResponse().withStatus(429).withHeader("Retry-After", "3600").withHeader("Content-Type", "application/json")
                                .withBody(SpecBodies.example("ErrorRateLimitExceeded"))),
                        Expected.failure(ThrottledException.class, 1, 429, null, "Rate limit is exceeded")),
                new Case("429 whose Retry-After is an HTTP date an hour ahead: not waited for",
                        always(aResponse().withStatus(429).withHeader("Retry-After", httpDateInOneHour)),
                        Expected.failure(ThrottledException.class, 1, 429, null, "")),
                new Case("503 storm: every attempt",
                        always(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                                .withBody(SpecBodies.example("ErrorServiceUnavailable"))),
                        Expected.failure(ServerErrorException.class, 4, 503, null, "", W1, W2, W3)),
                new Case("503 storm that ends after three answers",
                        firstThenOk(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                                .withBody(SpecBodies.example("ErrorServiceUnavailable")), 3),
                        Expected.success(4, W1, W2, W3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyFaultEndsInTheRightOutcomeWithinABoundedTime(Case c) {
        c.serve().accept(server);

        AtomicReference<Page<Subscription>> page = new AtomicReference<>();
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> page.set(client.subscriptions().list())),
                () -> c.name() + ": the call did not end");

        Expected expected = c.expected();
        int sent = server.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
        if (expected.type() == null) {
            assertThat(thrown).as("a successful retry").isNull();
            assertThat(page.get().items()).extracting(Subscription::getCustomerName).containsExactly("TESTORG65656565");
            assertThat(sent).isEqualTo(expected.attempts());
        } else {
            assertThat(thrown).isExactlyInstanceOf(expected.type());
            PartnerCenterException e = (PartnerCenterException) thrown;
            assertThat(e.attempts()).isEqualTo(expected.attempts());
            assertThat(sent).as("requests the server saw").isEqualTo(expected.attempts());
            assertThat(e.operationId()).isEqualTo("listSubscriptions");
            assertThat(e.statusCode()).isEqualTo(expected.status());
            assertThat(e.description()).containsIgnoringCase(expected.descriptionFragment());
            if (expected.cause() != null) {
                assertThat(causes(e)).as("the cause chain").hasAtLeastOneElementOfType(expected.cause());
            }
        }
        assertThat(sleeper.waits()).as("the waits of the retry loop").isEqualTo(expected.waits());
    }

    private static Consumer<WireMockExtension> always(ResponseDefinitionBuilder response) {
        return s -> s.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
    }

    private static Consumer<WireMockExtension> firstThenOk(ResponseDefinitionBuilder fault, int times) {
        return s -> {
            String state = Scenario.STARTED;
            for (int i = 1; i <= times; i++) {
                String next = "after-" + i;
                s.stubFor(get(urlPathEqualTo(PATH)).inScenario("faults").whenScenarioStateIs(state)
                        .willReturn(fault).willSetStateTo(next));
                state = next;
            }
            s.stubFor(get(urlPathEqualTo(PATH)).inScenario("faults").whenScenarioStateIs(state)
                    .willReturn(okForContentType("application/json", SpecBodies.example("SubscriptionPageAll"))));
        };
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t.getCause(); c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Beyond the table.

    /** Status line and headers at once, then half the body, then nothing until the client gives up. */
    private static RawHttpServer.Handler stallingBody(byte[] body, int healthyFrom) {
        return (index, out) -> {
            out.write(RawHttpServer.okHead(body.length));
            if (index >= healthyFrom) {
                out.write(body);
                return;
            }
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(10_000); // ended early by the client closing, or by close()
        };
    }

    @Test
    void aBodyThatStallsLongerThanTheReadTimeoutEndsInATransportExceptionAfterEveryAttempt() throws Exception {
        byte[] body = SpecBodies.example("SubscriptionPageAll").getBytes(StandardCharsets.UTF_8);
        try (RawHttpServer stalling = new RawHttpServer(stallingBody(body, Integer.MAX_VALUE));
             PartnerCenterAnalyticsClient c = clientFor(stalling.baseUrl())) {
            Throwable t = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> c.subscriptions().list()));

            assertThat(t).isExactlyInstanceOf(TransportException.class);
            TransportException e = (TransportException) t;
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(stalling.connections()).isEqualTo(4);
            assertThat(e.statusCode()).as("the status line had arrived").isEqualTo(200);
            assertThat(causes(e)).hasAtLeastOneElementOfType(SocketTimeoutException.class);
            assertThat(e.description()).containsPattern("timeout|timed out");
            assertThat(sleeper.waits()).containsExactly(W1, W2, W3);
        }
    }

    @Test
    void aBodyThatStallsOnceIsRetriedAndTheCallSucceeds() throws Exception {
        byte[] body = SpecBodies.example("SubscriptionPageAll").getBytes(StandardCharsets.UTF_8);
        try (RawHttpServer stalling = new RawHttpServer(stallingBody(body, 1));
             PartnerCenterAnalyticsClient c = clientFor(stalling.baseUrl())) {
            Page<Subscription> page = assertTimeoutPreemptively(BOUND, () -> c.subscriptions().list());

            assertThat(page.items()).extracting(Subscription::getCustomerName).containsExactly("TESTORG65656565");
            assertThat(stalling.connections()).isEqualTo(2);
            assertThat(sleeper.waits()).containsExactly(W1);
        }
    }

    /**
     * The read timeout bounds each wait for data, not the whole body: a body that keeps arriving, in pauses shorter
     * than the read timeout, is read to its end even though it takes three times as long as the timeout (within the
     * default whole-call deadline of 5 minutes).
     */
    @Test
    void aBodyThatTricklesInPausesShorterThanTheReadTimeoutIsReadToTheEnd() throws Exception {
        byte[] body = SpecBodies.example("SubscriptionPageAll").getBytes(StandardCharsets.UTF_8);
        int pieces = 10;
        try (RawHttpServer trickling = new RawHttpServer((index, out) -> {
            out.write(RawHttpServer.okHead(body.length));
            int size = (body.length + pieces - 1) / pieces;
            for (int from = 0; from < body.length; from += size) {
                out.write(body, from, Math.min(size, body.length - from));
                out.flush();
                Thread.sleep(READ_TIMEOUT.toMillis() / 3);
            }
        }); PartnerCenterAnalyticsClient c = clientFor(trickling.baseUrl())) {
            long start = System.nanoTime();
            Page<Subscription> page = assertTimeoutPreemptively(BOUND, () -> c.subscriptions().list());

            assertThat(page.items()).hasSize(1);
            assertThat(trickling.connections()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(READ_TIMEOUT.multipliedBy(2));
        }
    }

    /** The whole-call deadline ends a body that would trickle in for much longer, with a typed exception. */
    @Test
    void aBodyThatTricklesInLongerThanTheCallTimeoutEndsInATransportException() throws Exception {
        byte[] body = SpecBodies.example("SubscriptionPageAll").getBytes(StandardCharsets.UTF_8);
        try (RawHttpServer trickling = new RawHttpServer((index, out) -> {
            out.write(RawHttpServer.okHead(body.length));
            for (int from = 0; from < body.length; from++) {   // one byte per 100 ms: minutes for the whole body
                out.write(body, from, 1);
                out.flush();
                Thread.sleep(100);
            }
        }); PartnerCenterAnalyticsClient c = PartnerCenterAnalyticsClient.builder().baseUrl(trickling.baseUrl())
                .tokenSupplier(() -> "fault-test-token").readTimeout(READ_TIMEOUT).callTimeout(Duration.ofSeconds(1))
                .retryPolicy(RetryPolicy.none()).sleeper(sleeper).build()) {
            long start = System.nanoTime();
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> c.subscriptions().list())
                    .isInstanceOf(com.partnercenter.analytics.client.error.TransportException.class));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private PartnerCenterAnalyticsClient clientFor(String baseUrl) {
        return PartnerCenterAnalyticsClient.builder().baseUrl(baseUrl).tokenSupplier(() -> "fault-test-token")
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(READ_TIMEOUT).retryPolicy(FAST).sleeper(sleeper).build();
    }

    @Test
    void theTimeBudgetEndsAStormBeforeManyAttemptsAreSpent() {
        client.close();
        RecordingSleeper waits = new RecordingSleeper();
        client = PartnerCenterAnalyticsClient.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "t")
                .readTimeout(READ_TIMEOUT).sleeper(waits)
                .retryPolicy(RetryPolicy.builder().maxAttempts(1000).initialBackoff(Duration.ofMillis(50))
                        .maxBackoff(Duration.ofMillis(400)).multiplier(2).jitter(0).maxElapsed(Duration.ofSeconds(1)).build())
                .build();
        always(aResponse().withStatus(503)).accept(server);

        ServerErrorException e = (ServerErrorException) assertTimeoutPreemptively(BOUND,
                () -> catchThrowable(() -> client.subscriptions().list()));

        // backoff 50, 100, 200, 400, 400, ... ms: the budget of 1 s (waits and sends together) allows 3 or 4 waits
        List<Duration> expectedPrefix = List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400));
        assertThat(waits.waits()).hasSizeBetween(3, 4).isEqualTo(expectedPrefix.subList(0, waits.waits().size()));
        assertThat(waits.waits().stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(1000);
        assertThat(e.attempts()).isEqualTo(waits.waits().size() + 1);
    }

    @Test
    void aRetryAfterWithinTheBudgetIsReallyWaitedThenTheCallSucceeds() {
        firstThenOk(aResponse().withStatus(429).withHeader("Retry-After", "1"), 1).accept(server);

        long start = System.nanoTime();
        Page<Subscription> page = assertTimeoutPreemptively(BOUND, () -> client.subscriptions().list());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(page.items()).hasSize(1);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(took).as("the wait really happened").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void interruptingACallThatWaitsForRetryAfterEndsItPromptly() throws Exception {
        always(aResponse().withStatus(503).withHeader("Retry-After", "2")).accept(server);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Throwable> call = pool.submit(() -> {
                Throwable t = catchThrowable(() -> client.subscriptions().list());
                return Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt flag lost", t);
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.findAll(getRequestedFor(urlPathEqualTo(PATH))).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // into the 2 s wait
            pool.shutdownNow();   // interrupts the caller

            Throwable t = call.get(5, TimeUnit.SECONDS);

            assertThat(t).isExactlyInstanceOf(TransportException.class);
            TransportException e = (TransportException) t;
            assertThat(e.description()).startsWith("interrupted while waiting to retry");
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerErrorException.class);
            assertThat(e.attempts()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void sixteenThreadsSharingOneClientThroughAStormAllEndInTypedExceptions() throws Exception {
        // One fault per operation, so that every thread meets a known fault whatever the interleaving.
        Map<String, ResponseDefinitionBuilder> faultByPath = new LinkedHashMap<>();
        faultByPath.put(PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        faultByPath.put("/partner/v1/analytics/referrals", aResponse().withFault(Fault.EMPTY_RESPONSE));
        faultByPath.put("/partner/v1/analytics/search", aResponse().withStatus(503));
        faultByPath.put("/partner/v1/analytics/indirectresellers", okForContentType("application/json", "{}").withFixedDelay(1000));
        faultByPath.forEach((path, fault) -> server.stubFor(get(urlPathEqualTo(path)).willReturn(fault)));
        List<Callable<Object>> calls = List.of(
                () -> client.subscriptions().list(), () -> client.referrals().list(),
                () -> client.search().list(), () -> client.indirectResellers().list());

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Throwable>> running = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<Object> call = calls.get(i % calls.size());
                running.add(pool.submit(() -> catchThrowable(call::call)));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> f : running) {
                outcomes.add(f.get(BOUND.toSeconds(), TimeUnit.SECONDS));
            }

            for (int i = 0; i < 16; i++) {
                Throwable t = outcomes.get(i);
                assertThat(t).as("thread %d", i).isExactlyInstanceOf(i % 4 == 2 ? ServerErrorException.class : TransportException.class);
                assertThat(((PartnerCenterException) t).attempts()).isEqualTo(4);
            }
            faultByPath.keySet().forEach(path ->
                    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(path)))).as(path).hasSize(4 * 4));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}

package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.internal.AsyncTransport;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.SpecExamples;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.query.QueryValidationException;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.partnercenter.analytics.client.support.ClientFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code client.async()}: the sync client's calls as futures, many waiting at once on few threads. */
class AsyncClientTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private PartnerCenterAnalyticsClient client;

    /** Real time (retry waits are scheduled on the async timer), short backoff. */
    private static PartnerCenterAnalyticsClientBuilder builder(String baseUrl) {
        return PartnerCenterAnalyticsClient.builder().baseUrl(baseUrl).tokenSupplier(() -> TOKEN)
                .applicationName("Contoso Partner Portal").locale("en-GB")
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(50)).jitter(0)
                        .maxElapsed(Duration.ofSeconds(30)).build())
                .readTimeout(Duration.ofSeconds(10))
                .asyncThreads(2);
    }

    @BeforeEach
    void setUp() {
        client = builder(server.baseUrl()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aPageComesBackAsAFutureWithTheSyncClientsRequest() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageFiltered"))));

        Page<Subscription> page = client.async().subscriptions()
                .list(AnalyticsQuery.builder().filter(Filters.contains("customerName", "O'Brien")).top(10).build())
                .get(10, TimeUnit.SECONDS);

        assertThat(page.items()).extracting(Subscription::getCustomerName).containsExactly("SURFACE TEST2");
        LoggedRequest sent = requests().get(0);
        assertThat(sent.getUrl()).isEqualTo(PATH + "?filter=contains%28customerName%2C%27O%27%27Brien%27%29&top=10");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
        assertThat(sent.getHeader("MS-Contract-Version")).isEqualTo("v1");
        assertThat(sent.getHeader("X-Locale")).isEqualTo("en-GB");
        assertThat(sent.getHeader("MS-PartnerCenter-Application")).isEqualTo("Contoso Partner Portal");
        assertThat(sent.getHeader("MS-RequestId")).isEqualTo(page.requestId().toString());
        assertThat(sent.getHeader("MS-CorrelationId")).isEqualTo(page.correlationId().toString());
    }

    @Test
    void everyRowAndEveryPageOfAPassComeInOrderWithOneCorrelationId() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", absent()).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"id\":\"S1\"},{\"id\":\"S2\"}],\"@nextLink\":\"" + PATH + "?top=2&skip=2\",\"TotalCount\":3}")));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", equalTo("2")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"id\":\"S3\"}],\"@nextLink\":null,\"TotalCount\":3}")));

        List<Subscription> rows = client.async().subscriptions().listAll(AnalyticsQuery.all()).get(10, TimeUnit.SECONDS);
        List<Integer> pageSizes = new ArrayList<>();
        client.async().subscriptions().pages(AnalyticsQuery.all()).forEach(p -> pageSizes.add(p.items().size())).get(10, TimeUnit.SECONDS);
        AsyncPages<Subscription> pass = client.async().subscriptions().pages(AnalyticsQuery.all());
        Page<Subscription> first = pass.first().get(10, TimeUnit.SECONDS);
        Page<Subscription> second = pass.next(first).get(10, TimeUnit.SECONDS).orElseThrow();

        assertThat(rows).extracting(Subscription::getId).containsExactly("S1", "S2", "S3");
        assertThat(pageSizes).containsExactly(2, 1);
        assertThat(pass.next(second).get(10, TimeUnit.SECONDS)).as("after the last page").isEmpty();
        assertThat(second.correlationId()).isEqualTo(first.correlationId());
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(6);
        assertThat(sent.get(0).getHeader("MS-CorrelationId")).isEqualTo(sent.get(1).getHeader("MS-CorrelationId"));
        assertThat(sent.get(0).getHeader("MS-RequestId")).isNotEqualTo(sent.get(1).getHeader("MS-RequestId"));
    }

    @Test
    void retriesAreTheSyncClientsAndTheirWaitsAreScheduled() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(SpecExamples.json("ErrorRateLimitExceeded")))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("up")
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll")).withHeader("MS-CV", "cv.2")));

        Response<Page<Subscription>> response = client.async().subscriptions()
                .listWithResponse(AnalyticsQuery.all(), RequestOptions.none()).get(10, TimeUnit.SECONDS);

        assertThat(response.attempts()).extracting(Attempt::statusCode).containsExactly(429, 200);
        assertThat(response.attempts().get(0).waitBeforeNext()).as("Retry-After honoured").isEqualTo(Duration.ofSeconds(1));
        assertThat(response.correlationVector()).hasValue("cv.2");
        assertThat(requests()).extracting(r -> r.getHeader("MS-RequestId")).as("one logical call, sent twice")
                .containsExactly(response.value().requestId().toString(), response.value().requestId().toString());
    }

    @Test
    void failuresAreTheSyncClientsExceptionsWithTheTokenMasked() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":800001,\"description\":\"The token 'Bearer " + TOKEN + "' is expired\",\"data\":[],\"source\":\"PartnerFD\"}")));
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals")).willReturn(aResponse().withStatus(503)
                .withBody(SpecExamples.json("ErrorServiceUnavailable"))));

        ExecutionException unauthorized = catchThrowableOfType(ExecutionException.class,
                () -> client.async().subscriptions().list(AnalyticsQuery.all()).get(10, TimeUnit.SECONDS));
        ExecutionException unavailable = catchThrowableOfType(ExecutionException.class,
                () -> client.async().referrals().list(AnalyticsQuery.all()).get(10, TimeUnit.SECONDS));
        ExecutionException invalid = catchThrowableOfType(ExecutionException.class, () -> client.async().referrals()
                .list(AnalyticsQuery.builder().filter(Filters.field("status").gt("Accepted")).build()).get(10, TimeUnit.SECONDS));

        assertThat(unauthorized.getCause()).isInstanceOf(UnauthorizedException.class);
        UnauthorizedException e = (UnauthorizedException) unauthorized.getCause();
        assertThat(e.description()).doesNotContain(TOKEN).contains("Bearer <redacted>");
        assertThat(e.attempts()).as("401 is not retried").isEqualTo(1);
        assertThat(unavailable.getCause()).isInstanceOf(ServerErrorException.class);
        assertThat(((ServerErrorException) unavailable.getCause()).attempts()).as("the policy's 3 attempts").isEqualTo(3);
        assertThat(invalid.getCause()).as("checked before sending").isInstanceOf(QueryValidationException.class);
    }

    @Test
    void aBadRequestFailsAtOnce() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":800002,\"description\":\"Invalid filter\",\"data\":[\"filter\"],\"source\":\"PartnerFD\"}")));

        CompletableFuture<Page<Subscription>> page = client.async().subscriptions().list(AnalyticsQuery.all());

        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> page.get(10, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(BadRequestException.class);
        assertThat(((BadRequestException) e.getCause()).data()).containsExactly("filter");
    }

    @Test
    void manyCallsWaitForTheirAnswersAtOnceOnTwoThreads() throws Exception {
        int calls = 16;
        CountDownLatch allArrived = new CountDownLatch(calls);
        AtomicInteger maxWaiting = new AtomicInteger();
        byte[] body = SpecExamples.json("SubscriptionPageAll").getBytes(StandardCharsets.UTF_8);
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService serverThreads = Executors.newCachedThreadPool();
        slow.setExecutor(serverThreads);
        // Answers nobody until every call is waiting: with fewer than `calls` requests in flight at once, this never ends.
        slow.createContext(PATH, exchange -> {
            allArrived.countDown();
            maxWaiting.accumulateAndGet((int) (calls - allArrived.getCount()), Math::max);
            try {
                allArrived.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        slow.start();
        try (PartnerCenterAnalyticsClient twoThreads = builder("http://127.0.0.1:" + slow.getAddress().getPort()).asyncThreads(2).build()) {
            List<CompletableFuture<Page<Subscription>>> pages = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                pages.add(twoThreads.async().subscriptions().list(AnalyticsQuery.all()));
            }

            CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(allArrived.getCount()).as("all %d calls were in flight at the same time", calls).isZero();
            assertThat(maxWaiting.get()).isEqualTo(calls);
            assertThat(pages).allSatisfy(p -> assertThat(p.join().items()).hasSize(1));
            long clientThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith(AsyncTransport.THREAD_PREFIX)).count();
            assertThat(clientThreads).as("the client's completion threads").isBetween(1L, 2L);
        } finally {
            slow.stop(0);
            serverThreads.shutdownNow();
        }
    }

    @Test
    void cancellingTheFutureClosesTheConnection() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
             // A minute to answer: only the cancellation can close the connection within the 5 s waited for below.
             PartnerCenterAnalyticsClient c = builder("http://127.0.0.1:" + silent.getLocalPort()).readTimeout(Duration.ofMinutes(1)).build()) {
            CompletableFuture<Page<Subscription>> page = c.async().subscriptions().list(AnalyticsQuery.all());
            try (Socket connection = silent.accept()) {
                connection.setSoTimeout(5_000); // a SocketTimeoutException fails the test
                InputStream in = connection.getInputStream();
                byte[] buffer = new byte[8192];
                int read = in.read(buffer); // the request; never answered
                assertThat(new String(buffer, 0, read, StandardCharsets.ISO_8859_1)).startsWith("GET " + PATH);

                assertThat(page.cancel(true)).isTrue();

                int next;
                try {
                    next = in.read(buffer);
                } catch (java.net.SocketException reset) {
                    next = -1;
                }
                assertThat(next).as("the client closed the connection of the cancelled call").isEqualTo(-1);
            }
            assertThat(page).isCancelled();
        }
    }

    @Test
    void cancellingDuringARetryWaitSendsNoFurtherAttempt() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                .withBody(SpecExamples.json("ErrorRateLimitExceeded"))));

        CompletableFuture<Page<Subscription>> page = client.async().subscriptions().list(AnalyticsQuery.all());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // the 429 is read; the retry waits 2 s on the timer
        assertThat(page.cancel(true)).isTrue();
        Thread.sleep(2500);

        assertThat(requests()).as("the scheduled retry was cancelled with the call").hasSize(1);
        assertThat(page).isCancelled();
    }
}

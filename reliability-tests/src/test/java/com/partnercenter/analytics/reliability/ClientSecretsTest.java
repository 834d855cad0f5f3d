package com.partnercenter.analytics.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.reliability.support.LogCapture;
import com.partnercenter.analytics.reliability.support.SpecBodies;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The bearer token never shows in the client's logs (any logger, any level, java.util.logging included) nor in any
 * exception text (message, description, data, body, causes, suppressed), also when the service misbehaves: faults,
 * timeouts, and error or success bodies that echo the token back (a proxy or gateway that reflects the request's
 * headers). The client module's LoggingTest covers the ordinary exchanges; this covers the hostile ones.
 */
class ClientSecretsTest {
    /** JWT-shaped, with a signature part that must not leak either. */
    private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZWxpYWJpbGl0eSJ9.U2VjcmV0U2lnbmF0dXJlMTIzNDU2";
    private static final String SIGNATURE = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    static Stream<Arguments> exchanges() {
        String errorEchoingBearer = "{\"code\":800001,\"description\":\"The token 'Bearer " + TOKEN
                + "' is expired\",\"data\":[],\"source\":\"PartnerFD\"}";
        String errorEchoingRawToken = "{\"code\":800002,\"description\":\"Invalid header\",\"data\":[\"Authorization\",\""
                + TOKEN + "\"],\"source\":\"PartnerFD\"}";
        String htmlEchoingHeaders = "<html><body><h1>502 Bad Gateway</h1><pre>GET " + PATH
                + "\nAuthorization: Bearer " + TOKEN + "\nAccept: application/json</pre></body></html>";
        List<Scenario> scenarios = List.of(
                new Scenario("200 page", okForContentType("application/json", SpecBodies.example("SubscriptionPageAll")), false),
                new Scenario("401 whose description echoes 'Bearer <token>'", aResponse().withStatus(401)
                        .withHeader("WWW-Authenticate", "Bearer realm=\"api.partnercenter.microsoft.com\"")
                        .withHeader("Content-Type", "application/json").withBody(errorEchoingBearer), true),
                new Scenario("400 whose data echoes the raw token", aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json").withBody(errorEchoingRawToken), true),
                new Scenario("502 HTML page echoing the request headers", aResponse().withStatus(502)
                        .withHeader("Content-Type", "text/html").withBody(htmlEchoingHeaders), true),
                new Scenario("429 whose message echoes the token", aResponse().withStatus(429).withHeader("Retry-After", "3600")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"statusCode\":429,\"message\":\"Rate limit is exceeded for Bearer " + TOKEN + "\"}"), true),
                new Scenario("200 whose malformed body echoes 'Bearer <token>'",
                        okForContentType("application/json", "{\"Value\": [ {\"auth\": \"Bearer " + TOKEN + "\" "), true),
                new Scenario("200 whose malformed body echoes the raw token",
                        okForContentType("text/plain", "token=" + TOKEN + " rejected by upstream"), true),
                new Scenario("header echoing the token, then connection reset",
                        aResponse().withHeader("X-Echo-Authorization", "Bearer " + TOKEN).withFault(Fault.CONNECTION_RESET_BY_PEER), true),
                new Scenario("read timeout", okForContentType("application/json", "{}").withFixedDelay(1000), true));
        List<Arguments> rows = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (HttpLogLevel level : HttpLogLevel.values()) {
                rows.add(Arguments.of(s, level));
            }
        }
        return rows.stream();
    }

    record Scenario(String name, ResponseDefinitionBuilder response, boolean fails) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}, log level {1}")
    @MethodSource("exchanges")
    void theTokenAppearsInNoLogLineAndNoExceptionText(Scenario scenario, HttpLogLevel level) {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(scenario.response()));

        List<String> exceptionTexts = new ArrayList<>();
        List<String> logLines;
        try (LogCapture logs = LogCapture.start();
             PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder()
                     .baseUrl(server.baseUrl())
                     .tokenSupplier(() -> TOKEN)
                     .readTimeout(Duration.ofMillis(300))
                     .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(10))
                             .maxBackoff(Duration.ofMillis(10)).jitter(0).maxElapsed(Duration.ofSeconds(2)).build())
                     .httpLogLevel(level)
                     .build()) {
            Throwable thrown = catchThrowable(() -> client.subscriptions().list());

            if (scenario.fails()) {
                assertThat(thrown).isInstanceOf(PartnerCenterException.class);
                PartnerCenterException e = (PartnerCenterException) thrown;
                exceptionTexts.add(stackTrace(e));
                exceptionTexts.add(String.valueOf(e.description()));
                exceptionTexts.addAll(e.data());
                exceptionTexts.add(String.valueOf(e.responseBody()));
                exceptionTexts.add(e.details().toString());
            } else {
                assertThat(thrown).isNull();
            }
            logLines = logs.lines(ClientSecretsTest::notTheTestServer);
            if (level != HttpLogLevel.NONE) {
                assertThat(logs.count(name -> name.startsWith("com.partnercenter.analytics.client")))
                        .as("the client did log something to check").isPositive();
            }
        }

        assertThat(logLines).as("log lines").noneMatch(ClientSecretsTest::leaks);
        assertThat(exceptionTexts).as("exception texts").noneMatch(ClientSecretsTest::leaks);
    }

    private static boolean leaks(String text) {
        return text != null && (text.contains(TOKEN) || text.contains(SIGNATURE));
    }

    private static boolean notTheTestServer(String logger) {
        return !(logger.startsWith("wiremock") || logger.startsWith("WireMock") || logger.contains("tomakehurst")
                || logger.startsWith("org.eclipse.jetty") || logger.startsWith("org.wiremock"));
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

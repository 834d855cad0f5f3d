package com.partnercenter.analytics.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.partnercenter.analytics.client.support.ClientFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Whatever is logged, at whatever level, never contains the bearer token. */
class LoggingTest {
    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previous;
    private ch.qos.logback.core.Appender<ILoggingEvent> console;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        console = root.getAppender("CONSOLE");
        if (console != null) {
            root.detachAppender(console); // keep TRACE output out of the build log
        }
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
        if (console != null) {
            root.addAppender(console);
        }
    }

    @ParameterizedTest(name = "log level {0}")
    @EnumSource(HttpLogLevel.class)
    void theTokenNeverAppearsInAnyLogLineOrExceptionMessage(HttpLogLevel level) {
        String path = "/partner/v1/analytics/subscriptions";
        server.stubFor(get(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("2"));
        server.stubFor(get(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("3"));
        server.stubFor(get(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs("3")
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))));
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals")).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer realm=\"api.partnercenter.microsoft.com\"")
                .withHeader("Content-Type", "application/json").withBody(SpecExamples.json("ErrorTokenMissing"))));

        List<String> exceptionTexts = new ArrayList<>();
        try (PartnerCenterAnalyticsClient client = ClientFixture.builder(server, new FakeTime(), new AtomicInteger())
                .httpLogLevel(level).build()) {
            client.subscriptions().list();
            Throwable e = catchThrowable(() -> client.referrals().list());
            assertThat(e).isInstanceOf(PartnerCenterException.class);
            for (Throwable t = e; t != null; t = t.getCause()) {
                exceptionTexts.add(t.toString());
            }
        }

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            if (event.getLoggerName().startsWith("wiremock") || event.getLoggerName().startsWith("org.eclipse.jetty")
                    || event.getLoggerName().contains("tomakehurst")) {
                continue; // the test server's own logging, not the client's
            }
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getMessage());
            }
        }
        String secret = TOKEN.substring(TOKEN.indexOf('.') + 1); // even a fragment of the token must not show
        assertThat(lines).noneMatch(line -> line != null && (line.contains(TOKEN) || line.contains(secret)));
        assertThat(exceptionTexts).noneMatch(text -> text.contains(TOKEN) || text.contains(secret));

        List<String> httpLines = appender.list.stream().filter(e -> e.getLoggerName().equals("com.partnercenter.analytics.client.http"))
                .map(ILoggingEvent::getFormattedMessage).toList();
        List<String> retryLines = appender.list.stream().filter(e -> e.getLoggerName().equals("com.partnercenter.analytics.client.retry"))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(retryLines).as("the retries are logged").hasSize(2);
        switch (level) {
            case NONE -> assertThat(httpLines).isEmpty();
            case BASIC -> assertThat(httpLines).anyMatch(l -> l.contains("---> GET ")).noneMatch(l -> l.contains("Authorization"));
            case HEADERS, FULL -> assertThat(httpLines).as("the header is logged, redacted")
                    .anyMatch(l -> l.endsWith("Authorization: Bearer <redacted>"))
                    .anyMatch(l -> l.contains("MS-RequestId: "));
        }
        if (level == HttpLogLevel.FULL) {
            assertThat(httpLines).anyMatch(l -> l.contains("TESTORG65656565"));
        }
    }
}

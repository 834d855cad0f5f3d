package com.partnercenter.analytics.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.error.InvalidResponseException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import com.partnercenter.analytics.client.internal.RedactingLogger;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.partnercenter.analytics.client.support.ClientFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A service or gateway that echoes the request's token back: the client masks it in exceptions and in its wire log. */
class TokenEchoTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private final ListAppender<ILoggingEvent> wireLog = new ListAppender<>();
    private Logger http;
    private Level previous;

    @BeforeEach
    void captureTheWireLog() {
        http = (Logger) LoggerFactory.getLogger(RedactingLogger.LOGGER_NAME);
        previous = http.getLevel();
        http.setLevel(Level.DEBUG);
        wireLog.start();
        http.addAppender(wireLog);
    }

    @AfterEach
    void release() {
        http.detachAppender(wireLog);
        http.setLevel(previous);
    }

    private PartnerCenterAnalyticsClient client() {
        return ClientFixture.builder(server, new FakeTime(), new AtomicInteger()).retryPolicy(RetryPolicy.none())
                .httpLogLevel(HttpLogLevel.FULL).build();
    }

    @Test
    void anErrorBodyEchoingTheTokenGivesAnExceptionWithTheTokenMaskedAndTheRestIntact() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":800001,\"description\":\"The token 'Bearer " + TOKEN + "' is expired\","
                        + "\"data\":[\"" + TOKEN + "\"],\"source\":\"PartnerFD\"}")));

        UnauthorizedException e;
        try (PartnerCenterAnalyticsClient client = client()) {
            e = catchThrowableOfType(UnauthorizedException.class, () -> client.subscriptions().list());
        }

        assertThat(e.description()).isEqualTo("The token 'Bearer <redacted>' is expired");
        assertThat(e.data()).containsExactly("<redacted>");
        assertThat(e.code()).isEqualTo("800001");
        assertThat(e.responseBody()).doesNotContain(TOKEN).contains("Bearer <redacted>");
        assertThat(stackTrace(e)).doesNotContain(TOKEN);
        assertThat(wireLog.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(l -> l.contains(TOKEN))
                .anyMatch(l -> l.contains("\"data\":[\"<redacted>\"]"));
    }

    @Test
    void aMalformedSuccessBodyEchoingTheRawTokenGivesAnInvalidResponseWithoutIt() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okForContentType("text/plain", TOKEN + " was rejected upstream")));

        InvalidResponseException e;
        try (PartnerCenterAnalyticsClient client = client()) {
            e = catchThrowableOfType(InvalidResponseException.class, () -> client.subscriptions().list());
        }

        assertThat(e.description()).contains("not valid JSON for SubscriptionPage", "<redacted> was rejected upstream")
                .doesNotContain(TOKEN);
        assertThat(stackTrace(e)).doesNotContain(TOKEN);
        assertThat(wireLog.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(l -> l.contains(TOKEN))
                .anyMatch(l -> l.contains("<redacted> was rejected upstream"));
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

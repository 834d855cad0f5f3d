package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.ForbiddenException;
import com.partnercenter.analytics.client.error.InvalidResponseException;
import com.partnercenter.analytics.client.error.NotFoundException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each error status becomes its exception, carrying every field of the body and of the call. */
class ErrorMappingTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private PartnerCenterAnalyticsClient client;

    @BeforeEach
    void setUp() {
        // No retries here: each status is mapped on its first answer (RetryTest covers retrying).
        client = ClientFixture.builder(server, new FakeTime(), new AtomicInteger()).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static Stream<Arguments> serviceErrors() {
        return Stream.of(
                Arguments.of(400, "ErrorInvalidFilter", BadRequestException.class, "800002", List.of("filter")),
                Arguments.of(400, "ErrorTopOutOfRange", BadRequestException.class, "800002", List.of("top")),
                Arguments.of(401, "ErrorTokenMissing", UnauthorizedException.class, "800001", List.of()),
                Arguments.of(403, "ErrorAccessDenied", ForbiddenException.class, "2032", List.of()),
                Arguments.of(404, "ErrorNotFound", NotFoundException.class, "1000", List.of()),
                Arguments.of(406, "ErrorNotAcceptable", PartnerCenterException.class, "800002", List.of("Accept")),
                Arguments.of(500, "ErrorUnexpected", ServerErrorException.class, "800003", List.of()),
                Arguments.of(503, "ErrorServiceUnavailable", ServerErrorException.class, "800003", List.of()));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @MethodSource("serviceErrors")
    void serviceErrorBodyIsMappedToItsExceptionWithEveryField(int status, String example, Class<? extends PartnerCenterException> type,
                                                             String code, List<String> data) {
        String body = SpecExamples.json(example);
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("MS-CV", "abc.1").withBody(body)));

        PartnerCenterException e = catchThrowableOfType(PartnerCenterException.class, () -> client.subscriptions().list());

        LoggedRequest sent = server.findAll(getRequestedFor(urlPathEqualTo(PATH))).get(0);
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.codeAsInt()).hasValue(Integer.parseInt(code));
        assertThat(e.description()).isNotBlank().isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(parse(body)).path("description").asText());
        assertThat(e.data()).isEqualTo(data);
        assertThat(e.source()).isEqualTo("PartnerFD");
        assertThat(e.requestId()).isEqualTo(UUID.fromString(sent.getHeader("MS-RequestId")));
        assertThat(e.correlationId()).isEqualTo(UUID.fromString(sent.getHeader("MS-CorrelationId")));
        assertThat(e.correlationVector()).hasValue("abc.1");
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.operationId()).isEqualTo("listSubscriptions");
        assertThat(e.responseBody()).isEqualTo(body);
        assertThat(e.getMessage()).contains("listSubscriptions", "HTTP " + status, "Partner Center code " + code,
                e.description(), e.requestId().toString(), e.correlationId().toString());
    }

    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void throttlingBodyGivesThrottledExceptionWithMessageAndRetryAfter() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "57")
                .withHeader("Content-Type", "application/json").withBody(SpecExamples.json("ErrorRateLimitExceeded"))));

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client.subscriptions().list());

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.description()).isEqualTo("Rate limit is exceeded. Try again in 57 seconds.");
        assertThat(e.code()).isNull();
        assertThat(e.data()).isEmpty();
        assertThat(e.source()).isNull();
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(57));
        assertThat(e.attempts()).isEqualTo(1);
    }

    @Test
    void errorCodeSentAsAStringIsKeptAndStillReadAsANumber() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"3000\",\"description\":\"Invalid property\",\"data\":[\"top\", 7, {\"k\":\"v\"}],\"source\":\"PartnerFD\"}")));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.subscriptions().list());

        assertThat(e.code()).isEqualTo("3000");
        assertThat(e.codeAsInt()).hasValue(3000);
        assertThat(e.data()).containsExactly("top", "7", "{\"k\":\"v\"}");
    }

    @Test
    void errorBodyWithAByteOrderMarkIsStillRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = SpecExamples.json("ErrorNotFound").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, body, 0, 3);
        System.arraycopy(json, 0, body, 3, json.length);
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(body)));

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.subscriptions().list());

        assertThat(e.code()).isEqualTo("1000");
        assertThat(e.description()).isEqualTo("Not found");
    }

    @Test
    void errorBodyThatIsNotJsonGivesAClearException() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.subscriptions().list());

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.code()).isNull();
        assertThat(e.description()).isEqualTo("the error body is not JSON (text/html): <html><body><h1>502 Bad Gateway</h1></body></html>");
        assertThat(e.responseBody()).isEqualTo("<html><body><h1>502 Bad Gateway</h1></body></html>");
        assertThat(e.getMessage()).contains("HTTP 502", "not JSON", "502 Bad Gateway");
    }

    @Test
    void emptyErrorBodyStillNamesTheStatus() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(405)));

        PartnerCenterException e = catchThrowableOfType(PartnerCenterException.class, () -> client.subscriptions().list());

        assertThat(e).isExactlyInstanceOf(PartnerCenterException.class);
        assertThat(e.statusCode()).isEqualTo(405);
        assertThat(e.description()).startsWith("empty error body");
        assertThat(e.responseBody()).isNull();
    }

    @Test
    void successBodyThatIsNotJsonGivesInvalidResponseException() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("Service is in maintenance")));

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> client.subscriptions().list());

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.description()).contains("not valid JSON for SubscriptionPage", "Service is in maintenance");
    }

    @Test
    void successBodyOfTheWrongShapeGivesInvalidResponseException() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"Value\": {\"not\": \"an array\"}, \"TotalCount\": \"many\"}")));

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> client.subscriptions().list());

        assertThat(e.description()).contains("SubscriptionPage");
    }
}

package com.partnercenter.analytics.contract.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.ResourceCollection;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.ForbiddenException;
import com.partnercenter.analytics.client.error.NotFoundException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The client against the corpus. WireMock (standalone, 127.0.0.1, random port) serves the recorded fixtures, each
 * matched by its exact request, and nothing else; for each fixture the client calls the operation with the
 * fixture's parameters through its typed API, with the fixture's correlation id, and no retries. The test then
 * asserts the exact request WireMock received (path, percent-encoded query, {@code Authorization},
 * {@code MS-RequestId}, {@code MS-CorrelationId}, {@code MS-Contract-Version}, {@code Accept}), that no request went
 * unmatched, and the decoded values: page size, {@code TotalCount}, {@code @nextLink}, every field of the first
 * row through the model's getters; for error fixtures, the typed exception with status, code, description,
 * correlation id and {@code Retry-After}.
 *
 * <p>The quirk fixtures are checked by {@link ClientQuirkDecodingTest}.
 */
class ClientReplayTest {
    private static final String TOKEN = "contract-test-token";
    private static final Path CORPUS = FixtureLoader.SOURCE_CORPUS;
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    private static WireMockServer wiremock;
    private static PartnerCenterAnalyticsClient client;
    private static List<Fixture> fixtures;

    /** WireMock's root, see {@link ServedCorpus#copyOfBodies()}. */
    private static Path servedRoot;

    @BeforeAll
    static void serveTheRecordedCorpus() throws Exception {
        fixtures = FixtureLoader.sourceCorpus().loadAll();
        servedRoot = ServedCorpus.copyOfBodies();
        wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory(servedRoot.toString()));
        wiremock.start();
        for (Fixture f : fixtures) {
            if (!f.isQuirk()) {
                wiremock.addStubMapping(StubMapping.buildFrom(Files.readString(CORPUS.resolve(f.file()))));
            }
        }
        client = PartnerCenterAnalyticsClient.builder()
                .baseUrl("http://127.0.0.1:" + wiremock.port())
                .tokenSupplier(() -> TOKEN)
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (wiremock != null) {
            wiremock.stop();
        }
    }

    @TestFactory
    Stream<DynamicTest> theClientSendsEachRecordedRequestExactlyAndDecodesTheAnswer() {
        List<Fixture> recorded = fixtures.stream().filter(f -> !f.isQuirk()).toList();
        assertThat(recorded).as("recorded fixtures").isNotEmpty();
        return recorded.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> replay(f)));
    }

    private void replay(Fixture f) {
        wiremock.resetRequests();
        // What the client cannot send, by design: it checks queries before sending, always sends a token, always
        // asks for JSON, and takes customer ids as UUIDs.
        if (f.status() == 400 && f.request().queryParameters().containsKey("filter") && ClientCalls.isAnalytics(f.operationId())) {
            assertThatThrownBy(() -> ClientCalls.call(client, f, null))
                    .as("%s: the client rejects the bad filter before sending it", f.file())
                    .isInstanceOf(QueryException.class);
            assertThat(wiremock.getAllServeEvents()).as("%s: nothing was sent", f.file()).isEmpty();
            return;
        }
        assumeThat(f.request().forbidsAuthorization()).as("%s: the client always sends a bearer token", f.file()).isFalse();
        assumeThat(f.request().headerEqualTo("Accept")).as("%s: the client always sends Accept: application/json", f.file()).isEmpty();
        assumeThat(f.request().urlPath()).as("%s: the client takes customer ids as UUIDs", f.file()).doesNotContain("/not-a-guid/");

        UUID correlation = UUID.fromString(f.request().headerEqualTo("MS-CorrelationId").orElseThrow());
        PartnerCenterAnalyticsClient withIds = client.withCorrelationId(correlation);
        String nextLink = f.scenario().equals("second-page") ? previousPageLink(f) : null;

        Object result = null;
        PartnerCenterException error = null;
        try {
            result = ClientCalls.call(withIds, f, nextLink);
        } catch (PartnerCenterException e) {
            error = e;
        }

        List<ServeEvent> events = wiremock.getAllServeEvents();
        assertThat(events).as("%s: requests sent", f.file()).hasSize(1);
        assertThat(wiremock.findAllUnmatchedRequests()).as("%s: unmatched requests", f.file()).isEmpty();
        assertExactRequest(f, events.get(0).getRequest(), correlation);

        if (f.status() >= 200 && f.status() < 300) {
            assertThat(error).as("%s: the client threw", f.file()).isNull();
            ServedCorpus.assertDecoded(f, result);
        } else {
            assertThat(error).as("%s: the client returned %s instead of throwing", f.file(), result).isNotNull();
            assertError(f, error, correlation);
        }
    }

    private static void assertExactRequest(Fixture f, LoggedRequest request, UUID correlation) {
        assertThat(request.getMethod().getName()).isEqualTo(f.request().method());
        String url = request.getUrl();
        int q = url.indexOf('?');
        assertThat(q < 0 ? url : url.substring(0, q)).as("%s: path", f.file()).isEqualTo(f.request().urlPath());
        List<String> expectedPairs = new ArrayList<>();
        f.request().queryParameters().forEach((k, v) -> expectedPairs.add(rfc3986(k) + "=" + rfc3986(v)));
        List<String> sentPairs = q < 0 ? List.of() : List.of(url.substring(q + 1).split("&"));
        assertThat(sentPairs).as("%s: the percent-encoded query", f.file()).containsExactlyInAnyOrderElementsOf(expectedPairs);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("MS-CorrelationId")).isEqualTo(correlation.toString());
        assertThat(UUID.fromString(request.getHeader("MS-RequestId"))).isNotNull();
        assertThat(request.getHeader("MS-Contract-Version")).isEqualTo("v1");
        assertThat(request.getHeader("Accept")).startsWith("application/json");
    }

    private static void assertError(Fixture f, PartnerCenterException e, UUID correlation) {
        Class<? extends PartnerCenterException> expected = switch (f.status()) {
            case 400 -> BadRequestException.class;
            case 401 -> UnauthorizedException.class;
            case 403 -> ForbiddenException.class;
            case 404 -> NotFoundException.class;
            case 429 -> ThrottledException.class;
            case 500, 503 -> ServerErrorException.class;
            default -> PartnerCenterException.class;
        };
        assertThat(e).as("%s: exception", f.file()).isInstanceOf(expected);
        assertThat(e.statusCode()).isEqualTo(f.status());
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.correlationId()).isEqualTo(correlation);
        assertThat(e.operationId()).isEqualTo(f.operationId());
        JsonNode body = f.response().body();
        if (body.has("code")) {
            assertThat(e.code()).as("%s: code", f.file()).isEqualTo(body.path("code").asText());
            assertThat(e.description()).as("%s: description", f.file()).isEqualTo(body.path("description").asText());
            assertThat(e.source()).isEqualTo(body.path("source").asText());
        } else {
            assertThat(e.description()).as("%s: message of the throttling body", f.file()).isEqualTo(body.path("message").asText());
        }
        f.response().header("Retry-After").ifPresent(seconds ->
                assertThat(e.retryAfter()).as("%s: Retry-After", f.file()).contains(Duration.ofSeconds(Long.parseLong(seconds))));
    }

    /** The @nextLink of the page a second-page fixture follows (the operation's plain fixture). */
    private static String previousPageLink(Fixture f) {
        return fixtures.stream()
                .filter(p -> p.operationId().equals(f.operationId()) && p.scenario().equals("plain"))
                .map(p -> p.response().body().path("@nextLink").asText())
                .findFirst().orElseThrow(() -> new AssertionError(f.file() + ": no plain fixture to take the @nextLink from"));
    }

    /** RFC 3986 percent-encoding of a query component: everything but A-Z a-z 0-9 - . _ ~ (an independent reference). */
    private static String rfc3986(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}

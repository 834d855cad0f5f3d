package com.partnercenter.analytics.contract.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client reads every documented quirk of the live service: each quirk fixture's response is served by
 * WireMock (127.0.0.1, random port) on the operation's own path, the client calls the operation, and the decoded
 * values must equal the fixture's (string counts as numbers, zone-less and date-only dates, the 0001-01-01
 * sentinel, unknown enum values kept, mpnId as a number, licenseActive) or the typed exception must carry the
 * documented error (numeric code, the bare 429 body with Retry-After). The quirk fixtures' own requests are the
 * documentation's, which the client does not send verbatim (groupBy, the /v1 alias path), so they are served for
 * any query on the canonical path, one at a time.
 */
class ClientQuirkDecodingTest {
    private static final String TOKEN = "contract-test-token";
    private static final Path CORPUS = FixtureLoader.SOURCE_CORPUS;
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static List<Fixture> fixtures;
    private static Path servedRoot;

    @BeforeAll
    static void load() throws Exception {
        fixtures = FixtureLoader.sourceCorpus().loadAll();
        servedRoot = ServedCorpus.copyOfBodies();
    }

    @TestFactory
    Stream<DynamicTest> theClientDecodesEveryDocumentedQuirk() {
        List<Fixture> quirks = fixtures.stream().filter(Fixture::isQuirk).toList();
        assertThat(quirks).isNotEmpty();
        return quirks.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> decodeQuirk(f)));
    }

    private void decodeQuirk(Fixture f) throws Exception {
        WireMockServer one = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory(servedRoot.toString()));
        one.start();
        try (PartnerCenterAnalyticsClient quirkClient = PartnerCenterAnalyticsClient.builder()
                .baseUrl("http://127.0.0.1:" + one.port()).tokenSupplier(() -> TOKEN)
                .retryPolicy(RetryPolicy.none()).build()) {
            // Served on the operation's own path for any query: the client sends its canonical request, not the
            // documentation's (groupby for groupBy, the /partner path for the /v1 alias).
            JsonNode mapping = new ObjectMapper().readTree(Files.readString(CORPUS.resolve(f.file())));
            ObjectNode request = (ObjectNode) mapping.get("request");
            String path = SPEC.operation(f.operationId()).orElseThrow().path();
            if (path.contains("{customer-id}")) {
                path = path.replace("{customer-id}", ClientCalls.customerId(f).toString());
            }
            request.put("urlPath", path);
            request.remove("queryParameters");
            request.remove("headers");
            one.addStubMapping(StubMapping.buildFrom(mapping.toString()));

            Object result = null;
            PartnerCenterException error = null;
            try {
                result = ClientCalls.call(quirkClient, f, null);
            } catch (PartnerCenterException e) {
                error = e;
            }
            assertThat(one.findAllUnmatchedRequests()).isEmpty();
            if (f.status() < 300) {
                assertThat(error).as("%s: the client threw on a documented quirk", f.file()).isNull();
                ServedCorpus.assertDecoded(f, result);
            } else {
                assertThat(error).as(f.file()).isNotNull();
                assertThat(error.statusCode()).isEqualTo(f.status());
                JsonNode body = f.response().body();
                if (body.has("code")) {
                    assertThat(error.code()).isEqualTo(body.path("code").asText());
                    assertThat(error.codeAsInt()).hasValue(body.path("code").asInt());
                } else {
                    assertThat(error).isInstanceOf(ThrottledException.class);
                    assertThat(error.description()).isEqualTo(body.path("message").asText());
                }
                PartnerCenterException thrown = error;
                f.response().header("Retry-After").ifPresent(s ->
                        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(s))));
            }
        } finally {
            one.stop();
        }
    }
}

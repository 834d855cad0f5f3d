package com.partnercenter.analytics.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnercenter.analytics.contract.check.JsonDiff;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.contract.record.FixtureWriter;
import com.partnercenter.analytics.contract.record.StubProcess;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stub against the recorded corpus: the stub is started with the recording's dataset settings, each recorded
 * fixture's request is sent again exactly (path, query, the headers it was recorded with), and the answer must
 * equal the fixture: the status; every header the spec documents for that status, with equal values where they
 * are deterministic (the echoed ids, Retry-After, WWW-Authenticate, the media type); the body as JSON, field by
 * field, with only the {@code @nextLink} host normalised. Every difference names the fixture and the JSON path.
 */
class StubReplayTest {
    /** Headers whose recorded value is a stand-in (FixtureWriter): only their presence is compared. */
    private static final Set<String> PRESENCE_ONLY = Set.of("MS-CV", "MS-ServerId", "Date");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    private static StubProcess stub;
    private static HttpClient http;

    @BeforeAll
    static void startStub() {
        stub = StubProcess.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> theStubAnswersEveryRecordedRequestAsRecorded() {
        List<Fixture> recorded = FixtureLoader.sourceCorpus().loadAll().stream().filter(f -> !f.isQuirk()).toList();
        assertThat(recorded).as("recorded fixtures").isNotEmpty();
        return recorded.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
            HttpResponse<String> response = replay(f);
            List<String> differences = compare(f, response);
            assertThat(differences).as(() -> f.file() + ": the stub's answer differs from the fixture:\n  "
                    + String.join("\n  ", differences)).isEmpty();
        }));
    }

    @org.junit.jupiter.api.Test
    void aFieldRenamedInTheStubsOutputFailsNamingTheFixtureAndTheField() throws Exception {
        Fixture fixture = FixtureLoader.sourceCorpus().loadAll().stream()
                .filter(f -> f.file().equals("mappings/listSubscriptions/200-filtered.json")).findFirst().orElseThrow();
        HttpResponse<String> real = replay(fixture);
        assertThat(compare(fixture, real.statusCode(), real.headers(), real.body())).isEmpty();

        // What the stub would send if its writer called the field customerNam: the same answer, one key renamed.
        String renamed = real.body().replace("\"customerName\":", "\"customerNam\":");
        assertThat(renamed).isNotEqualTo(real.body());

        assertThat(compare(fixture, real.statusCode(), real.headers(), renamed))
                .contains("mappings/listSubscriptions/200-filtered.json: response.body $.Value[0].customerName: field 'customerName' is missing (expected \"CONTOSO\")".replace("CONTOSO",
                        fixture.response().body().path("Value").path(0).path("customerName").asText()))
                .anySatisfy(m -> assertThat(m).startsWith("mappings/listSubscriptions/200-filtered.json: response.body $.Value[0].customerNam: unexpected field 'customerNam'"));
    }

    static List<String> compare(Fixture f, HttpResponse<String> response) throws IOException {
        return compare(f, response.statusCode(), response.headers(), response.body());
    }

    static List<String> compare(Fixture f, int status, java.net.http.HttpHeaders headers, String body) throws IOException {
        List<String> out = new ArrayList<>();
        String prefix = f.file() + ": ";
        if (status != f.status()) {
            out.add(prefix + "status: expected " + f.status() + ", stub sent " + status + " " + body);
            return out;
        }
        OperationDescriptor op = SPEC.operation(f.operationId()).orElseThrow();
        JsonNode documented = SPEC.resolve(SPEC.document().path("paths").path(op.path()).path("get").path("responses")
                .path(Integer.toString(f.status()))).path("headers");
        documented.fieldNames().forEachRemaining(name -> {
            var actual = headers.firstValue(name);
            var expected = f.response().header(name);
            if (actual.isEmpty()) {
                out.add(prefix + "response.headers." + name + ": documented header missing from the stub's answer");
            } else if (expected.isPresent() && !PRESENCE_ONLY.contains(name) && !expected.get().equals(actual.get())) {
                out.add(prefix + "response.headers." + name + ": expected '" + expected.get() + "', stub sent '" + actual.get() + "'");
            }
        });
        var contentType = headers.firstValue("Content-Type").orElse("");
        var expectedType = f.response().header("Content-Type").orElse("");
        if (!mediaType(contentType).equals(mediaType(expectedType))) {
            out.add(prefix + "response.headers.Content-Type: expected '" + expectedType + "', stub sent '" + contentType + "'");
        }
        JsonNode expectedBody = f.response().body();
        if (expectedBody != null) {
            JsonNode actualBody;
            try {
                actualBody = JSON.readTree(body);
            } catch (IOException e) {
                out.add(prefix + "response.body: not JSON: " + body);
                return out;
            }
            normaliseNextLink(actualBody);
            for (String d : JsonDiff.differences(expectedBody, actualBody)) {
                out.add(prefix + "response.body " + d);
            }
        }
        return out;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static void normaliseNextLink(JsonNode body) {
        if (body instanceof ObjectNode o && o.path("@nextLink").isTextual() && o.get("@nextLink").asText().startsWith(stub.baseUrl())) {
            o.put("@nextLink", FixtureWriter.PUBLIC_BASE + o.get("@nextLink").asText().substring(stub.baseUrl().length()));
        }
    }

    private static HttpResponse<String> replay(Fixture f) throws IOException, InterruptedException {
        return send(http, stub.baseUrl(), f);
    }

    /** Sends a fixture's request exactly (path, query, the headers it was recorded with) to {@code baseUrl}. */
    static HttpResponse<String> send(HttpClient http, String baseUrl, Fixture f) throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder(baseUrl).append(f.request().urlPath());
        char sep = '?';
        for (Map.Entry<String, String> q : f.request().queryParameters().entrySet()) {
            url.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            sep = '&';
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(30)).GET();
        f.metadata().path("requestHeaders").fields().forEachRemaining(h -> {
            String value = h.getValue().asText();
            b.header(h.getKey(), value.equals("Bearer <token>") ? "Bearer contract-test-token" : value);
        });
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

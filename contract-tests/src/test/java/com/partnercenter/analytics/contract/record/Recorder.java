package com.partnercenter.analytics.contract.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.recording.SnapshotRecordResult;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Records the scenarios of {@code scenarios.yaml} through WireMock's recorder: a WireMock server on 127.0.0.1
 * proxies to the target (the stub, or any base URL such as the live service), every scenario's request is sent
 * through it, and the snapshot is handed to {@link FixtureWriter}, which rewrites it into the corpus format.
 *
 * <p>Each request carries a per-scenario {@code MS-CorrelationId} and {@code MS-RequestId}
 * ({@link Scenario#correlationId()}); the recorder captures the correlation id to pair every recorded response
 * with its scenario. The token never reaches the snapshot: WireMock captures no {@code Authorization} header and
 * the writer scrubs the token from anything the target sends back.
 */
public final class Recorder {
    /** An unsigned JWT whose claims say "app-only" ({@code "idtyp":"app"}); not a credential. */
    public static final String APP_ONLY_TOKEN = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(
            "{\"aud\":\"https://api.partnercenter.microsoft.com\",\"idtyp\":\"app\",\"sub\":\"contract-tests\"}".getBytes(StandardCharsets.UTF_8))
            + ".c2lnbmF0dXJl";

    private final AnalyticsSpec spec;
    private final String target;
    private final String token;
    private final boolean stub;

    /**
     * @param target base URL of the server to record, e.g. {@code http://127.0.0.1:8080}
     * @param token  the bearer token to send (for the stub any token will do)
     * @param stub   whether the target is the stub: scenarios that need its fault controls are recorded only then
     */
    public Recorder(AnalyticsSpec spec, String target, String token, boolean stub) {
        this.spec = spec;
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.token = token;
        this.stub = stub;
    }

    /** What one scenario sent, and what came back. */
    public record Exchange(Scenario scenario, String urlPath, Map<String, String> query, Map<String, String> headers,
                           StubMapping recorded) {
    }

    /** Records every scenario; fails, listing them all, when any answer has another status than the scenario expects. */
    public List<Exchange> record(List<Scenario> scenarios) {
        List<Scenario> runnable = scenarios.stream().filter(s -> stub || !s.stubOnly()).toList();
        String customerId = customerId();
        WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .stubRequestLoggingDisabled(true));
        proxy.start();
        Map<String, Sent> sent = new LinkedHashMap<>();
        try {
            proxy.startRecording(recordSpec().forTarget(target)
                    .captureHeader("MS-CorrelationId")
                    .extractTextBodiesOver(Long.MAX_VALUE)
                    .extractBinaryBodiesOver(Long.MAX_VALUE)
                    .makeStubsPersistent(false)
                    .build());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String proxyBase = "http://127.0.0.1:" + proxy.port();
            Map<String, String> bodies = new HashMap<>();
            for (Scenario s : order(runnable)) {
                Sent request = request(s, customerId, bodies);
                HttpResponse<String> response = send(http, proxyBase, request);
                bodies.put(s.operationId() + "/" + s.name(), response.body());
                sent.put(s.correlationId().toString(), request);
            }
            SnapshotRecordResult snapshot = proxy.stopRecording();
            List<Exchange> exchanges = new ArrayList<>();
            List<String> wrongStatus = new ArrayList<>();
            for (StubMapping m : snapshot.getStubMappings()) {
                String correlation = correlationOf(m);
                Sent request = sent.remove(correlation);
                if (request == null) {
                    throw new IllegalStateException("The recorder captured a request no scenario sent: " + m.getRequest());
                }
                int status = m.getResponse().getStatus();
                if (status != request.scenario().status()) {
                    wrongStatus.add(request.scenario().key() + ": expected " + request.scenario().status() + ", the target answered "
                            + status + " " + m.getResponse().getBody());
                }
                exchanges.add(new Exchange(request.scenario(), request.urlPath(), request.query(), request.headers(), m));
            }
            if (!sent.isEmpty()) {
                throw new IllegalStateException("No recording for " + sent.values().stream().map(r -> r.scenario().key()).toList());
            }
            if (!wrongStatus.isEmpty()) {
                throw new IllegalStateException("Scenarios answered with another status than scenarios.yaml says:\n  "
                        + String.join("\n  ", wrongStatus));
            }
            exchanges.sort(java.util.Comparator.comparing(e -> e.scenario().key()));
            return exchanges;
        } finally {
            proxy.stop();
        }
    }

    public String target() {
        return target;
    }

    public String token() {
        return token;
    }

    private record Sent(Scenario scenario, String urlPath, Map<String, String> query, Map<String, String> headers) {
    }

    /** Second pages after the pages they follow. */
    private static List<Scenario> order(List<Scenario> scenarios) {
        List<Scenario> first = new ArrayList<>();
        List<Scenario> then = new ArrayList<>();
        scenarios.forEach(s -> (s.nextPageOf() == null ? first : then).add(s));
        first.addAll(then);
        return first;
    }

    private Sent request(Scenario s, String customerId, Map<String, String> bodies) {
        OperationDescriptor op = spec.operation(s.operationId()).orElseThrow();
        String path;
        Map<String, String> query = new LinkedHashMap<>();
        if (s.nextPageOf() != null) {
            String body = bodies.get(s.operationId() + "/" + s.nextPageOf());
            String next = nextLink(body);
            if (next == null) {
                throw new IllegalStateException(s.key() + ": the response of " + s.nextPageOf() + " has no @nextLink to follow");
            }
            URI uri = URI.create(next);
            path = uri.getRawPath();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
                }
            }
        } else {
            path = s.path() != null ? s.path() : op.path();
            for (Map.Entry<String, String> p : s.pathParams().entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue().replace("{customerId}", customerId));
            }
            query.putAll(s.query());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("MS-Contract-Version", "v1");
        headers.put("MS-RequestId", s.requestId().toString());
        headers.put("MS-CorrelationId", s.correlationId().toString());
        headers.putAll(s.headers());
        switch (s.auth()) {
            case "bearer" -> headers.put("Authorization", "Bearer " + token);
            case "app-only" -> headers.put("Authorization", "Bearer " + APP_ONLY_TOKEN);
            case "none" -> { }
            default -> throw new IllegalArgumentException(s.key() + ": auth must be bearer, app-only or none");
        }
        s.faultDirective().ifPresent(f -> headers.put("X-Stub-Fault", f));
        return new Sent(s, path, query, headers);
    }

    private HttpResponse<String> send(HttpClient http, String base, Sent request) {
        StringBuilder url = new StringBuilder(base).append(request.urlPath());
        char sep = '?';
        for (Map.Entry<String, String> q : request.query().entrySet()) {
            url.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            sep = '&';
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(60)).GET();
        request.headers().forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.scenario().key() + ": " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A customer of the target, for the customer-level scenarios: the first subscription's customer, lower case. */
    private String customerId() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest r = HttpRequest.newBuilder(URI.create(target + "/partner/v1/analytics/subscriptions?top=1"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            JsonNode id = new ObjectMapper().readTree(response.body()).path("Value").path(0).path("customerTenantId");
            if (!id.isTextual()) {
                throw new IllegalStateException("Cannot find a customer at " + target + ": " + response.statusCode() + " " + response.body());
            }
            return id.asText().toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String nextLink(String body) {
        try {
            JsonNode link = new ObjectMapper().readTree(body).path("@nextLink");
            return link.isTextual() ? link.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String correlationOf(StubMapping m) {
        ObjectNode json;
        try {
            json = (ObjectNode) new ObjectMapper().readTree(StubMapping.buildJsonStringFor(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.path("request").path("headers").path("MS-CorrelationId").path("equalTo").asText();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}

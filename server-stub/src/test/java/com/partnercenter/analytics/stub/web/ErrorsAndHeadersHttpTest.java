package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's error bodies and headers, over HTTP. */
class ErrorsAndHeadersHttpTest extends HttpTestBase {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";

    static void assertServiceError(HttpResponse<String> r, int status, int code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = json(r);
        assertThat(body.fieldNames()).toIterable().containsExactly("code", "description", "data", "source");
        assertThat(body.get("code").asInt()).isEqualTo(code);
        assertThat(body.get("source").asText()).isEqualTo("PartnerFD");
        assertThat(body.get("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
        assertThat(r.headers().firstValue("MS-CorrelationId")).isPresent();
        assertThat(r.headers().firstValue("MS-RequestId")).isPresent();
        assertThat(r.headers().firstValue("MS-CV")).isPresent();
        assertThat(r.headers().firstValue("MS-ServerId")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // unknown field
            SUBS + "?filter=colour%20eq%20'red'                           | filter | Invalid filter at position 1 ('colour'): unknown field 'colour'",
            // operator not allowed for the field, with the allowed list
            SUBS + "?filter=customerMarket%20gt%20'US'                    | filter | operator 'gt' is not allowed for field 'customerMarket' (allowed: eq, ne)",
            // syntax error at a position
            SUBS + "?filter=customerMarket%20eq%20'US'%20and              | filter | Invalid filter at position 27",
            SUBS + "?filter=customerMarket%20eq%20'US                     | filter | unterminated string",
            // bad literal
            SUBS + "?filter=creationDate%20ge%20cast('2018-13-01',Edm.DateTimeOffset) | filter | 2018-13-01",
            SUBS + "?filter=autoRenewEnabled%20eq%20'maybe'               | filter | boolean",
            // top and skip
            SUBS + "?top=0                                                | top    | Invalid value '0' for parameter 'top': must be an integer from 1 to 10000.",
            SUBS + "?top=10001                                            | top    | Invalid value '10001' for parameter 'top': must be an integer from 1 to 10000.",
            SUBS + "?top=ten                                              | top    | Invalid value 'ten' for parameter 'top'",
            SUBS + "?top=99999999999                                      | top    | Invalid value '99999999999' for parameter 'top'",
            SUBS + "?skip=-1                                              | skip   | Invalid value '-1' for parameter 'skip': must be an integer from 0 to 2147483647.",
            SUBS + "?top=0x10                                             | top    | Invalid value '0x10' for parameter 'top'",
            SUBS + "?skip=%2310                                           | skip   | Invalid value '#10' for parameter 'skip'",
            SUBS + "?top=%205                                             | top    | Invalid value ' 5' for parameter 'top'",
            // control characters and malformed UTF-8 in values (Tomcat would decode the latter to U+FFFD)
            SUBS + "?filter=customerMarket%20eq%20'a%00b'                 | filter | control character U+0000 at position 21",
            SUBS + "?filter=contains(customerName,'a%0Ab')                | filter | control character U+000A",
            SUBS + "?filter=customerMarket%20eq%20'%C3%28'                | query  | not valid UTF-8",
            // groupby, orderby, aggregationLevel
            SUBS + "?groupby=licenseCount                                 | groupby | field 'licenseCount' cannot be grouped",
            SUBS + "?groupby=status,,id                                   | groupby | empty entry",
            "/partner/v1/analytics/indirectresellers?groupby=ageGroup,market&aggregationLevel=week | groupby | unknown field 'ageGroup'",
            SUBS + "?aggregationLevel=week                                | aggregationLevel | only supported together with groupby",
            SUBS + "?groupby=creationDate&aggregationLevel=dateRange      | aggregationLevel | must be one of day, week, month",
            SUBS + "?orderby=id                                           | orderby | parameter 'orderby' is not supported by listSubscriptions",
            "/partner/v1/analytics/usage/azure?orderby=quantity           | orderby | cannot be used in orderby",
            "/partner/v1/analytics/usage/azure?orderby=usageDate%20up     | orderby | sort order must be asc or desc",
            "/partner/v1/analytics/usage/azure?startDate=May             | startDate | Invalid value 'May' for parameter 'startDate'",
            SUBS + "?groupby=status&groupBy=id                            | groupby | different values",
            SUBS + "?top=5&top=6                                          | top    | ",
            // malformed customer id
            "/v1/customers/not-a-guid/analytics/licenses/usage            | customer-id | Invalid value 'not-a-guid' for parameter 'customer-id': must be a GUID",
            "/v1/customers/1-2-3-4-5/analytics/licenses/deployment        | customer-id | must be a GUID",
            // query parameters on an operation that takes none
            "/v1/analytics/licenses/usage?top=5                           | top    | takes no query parameters",
            // malformed header GUID
    })
    void clientMistakesAre400WithTheParameterAndTheReason(String url, String parameter, String message) {
        HttpResponse<String> r = get(url.trim());
        assertServiceError(r, 400, 800002);
        JsonNode body = json(r);
        assertThat(body.get("data")).extracting(JsonNode::asText).containsExactly(parameter);
        if (message != null) {
            assertThat(body.get("description").asText()).contains(message.trim());
        }
    }

    @Test
    void aMalformedRequestIdHeaderIsA400NamingTheHeader() {
        HttpResponse<String> r = get(SUBS + "?top=1", "MS-RequestId", "not-a-guid");
        assertServiceError(r, 400, 800002);
        assertThat(json(r).get("data").get(0).asText()).isEqualTo("MS-RequestId");
    }

    @Test
    void noTokenIs401WithWwwAuthenticate() {
        HttpResponse<String> r = get(SUBS, "Authorization", null);
        assertServiceError(r, 401, 800001);
        assertThat(json(r).get("description").asText()).isEqualTo("Partner Token missing in request context");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"api.partnercenter.microsoft.com\", error=\"invalid_token\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "Bearer <token>", "x"})
    void aMalformedTokenIs401(String authorization) {
        HttpResponse<String> r = get(SUBS, "Authorization", authorization);
        assertServiceError(r, 401, 800001);
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void anAppOnlyTokenIs403OnUserOnlyOperationsButFineOnLicenseOperations() {
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"idtyp\":\"app\",\"roles\":[]}".getBytes(StandardCharsets.UTF_8));
        String token = "Bearer eyJhbGciOiJub25lIn0." + claims + ".c2ln";
        assertServiceError(get(SUBS, "Authorization", token), 403, 2032);
        assertThat(get("/partner/v1/analytics/commercial/usage/license?top=1", "Authorization", token).statusCode()).isEqualTo(200);
        assertThat(get("/v1/analytics/licenses/usage", "Authorization", token).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndCustomersAre404() {
        assertServiceError(get("/partner/v1/analytics/nothing"), 404, 1000);
        assertServiceError(get(SUBS + "/"), 404, 1000);
        // (4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04, the documentation's example customer, exists: DocumentedRequestsHttpTest)
        HttpResponse<String> customer = get("/v1/customers/5e4df598-81a5-4f2f-a00b-c3c0df9e0a15/analytics/licenses/usage");
        assertServiceError(customer, 404, 1000);
        assertThat(json(customer).get("description").asText()).contains("5e4df598-81a5-4f2f-a00b-c3c0df9e0a15");
    }

    @Test
    void otherMethodsAre405WithAllow() {
        for (String method : new String[]{"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + SUBS)).header("Authorization", TOKEN)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertServiceError(r, 405, 800002);
            assertThat(r.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
        }
    }

    @Test
    void aRequestLineOverTheHeaderSizeLimitIs400SayingItIsTooLarge() {
        String response = raw("GET " + SUBS + "?filter=" + "a".repeat(300 * 1024) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("\"code\":800002", "too large").doesNotContain("Percent-encode");
    }

    @Test
    void otherMethodsWithABodyAre405WithAllowNotABodyError() {
        for (String method : new String[]{"POST", "PUT", "PATCH"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + SUBS)).header("Authorization", TOKEN)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
            assertServiceError(r, 405, 800002);
            assertThat(r.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
        }
    }

    @Test
    void anAcceptWithoutJsonIs406InTheServiceBody() {
        HttpResponse<String> r = get(SUBS + "?top=1", "Accept", "application/xml");
        assertServiceError(r, 406, 800002);
        assertThat(json(r).get("data").get(0).asText()).isEqualTo("Accept");
        assertThat(get(SUBS + "?top=1", "Accept", "application/json").statusCode()).isEqualTo(200);
        assertThat(get(SUBS + "?top=1", "Accept", "*/*").statusCode()).isEqualTo(200);
        assertThat(get(SUBS + "?top=1", "Accept", "text/html, application/json;q=0.9").statusCode()).isEqualTo(200);
    }

    @Test
    void aGetWithABodyIs400ButAnEmptyBodyIsFine() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + SUBS + "?top=1")).header("Authorization", TOKEN)
                .header("Content-Type", "application/json").method("GET", HttpRequest.BodyPublishers.ofString("{\"top\":1}")).build());
        assertServiceError(r, 400, 800002);
        String empty = raw("GET " + SUBS + "?top=1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(empty).startsWith("HTTP/1.1 200");
    }

    @Test
    void requestLinesNoClientShouldSendStillGetTheServiceBody() {
        String spaces = raw("GET " + SUBS + "?filter=customerMarket eq 'US' HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(spaces).startsWith("HTTP/1.1 400").contains("\"code\":800002").contains("\"source\":\"PartnerFD\"").doesNotContain("<html");
        String badEncoding = raw("GET " + SUBS + "?filter=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(badEncoding).startsWith("HTTP/1.1 400").contains("\"code\":800002");
    }

    @Test
    void correlationAndRequestIdsAreEchoedOrGenerated() {
        HttpResponse<String> echoed = get(SUBS + "?top=1", "MS-CorrelationId", "6492b9d6-5629-429b-934c-040b1946e760",
                "MS-RequestId", "25b6edd5-1f53-456b-b48c-c64f60ec2dda");
        assertThat(echoed.headers().firstValue("MS-CorrelationId")).hasValue("6492b9d6-5629-429b-934c-040b1946e760");
        assertThat(echoed.headers().firstValue("MS-RequestId")).hasValue("25b6edd5-1f53-456b-b48c-c64f60ec2dda");
        assertThat(echoed.headers().firstValue("MS-CV")).hasValueSatisfying(v -> assertThat(v).matches("[A-Za-z0-9+/]{16}\\.0"));
        assertThat(echoed.headers().firstValue("MS-ServerId")).hasValue("102030524");
        HttpResponse<String> generated = get(SUBS + "?top=1");
        assertThat(generated.headers().firstValue("MS-CorrelationId")).hasValueSatisfying(v -> assertThat(v).matches("[0-9a-f-]{36}"));
        assertThat(generated.headers().firstValue("MS-RequestId")).hasValueSatisfying(v -> assertThat(v).matches("[0-9a-f-]{36}"));
        HttpResponse<String> error = get(SUBS + "?top=0", "MS-CorrelationId", "6492b9d6-5629-429b-934c-040b1946e760");
        assertThat(error.headers().firstValue("MS-CorrelationId")).hasValue("6492b9d6-5629-429b-934c-040b1946e760");
    }

    @Test
    void everyDocumentedRequestHeaderIsAccepted() {
        HttpResponse<String> r = get(SUBS + "?top=1", "Accept", "application/json", "MS-Contract-Version", "v1", "X-Locale", "en-US",
                "MS-PartnerCenter-Application", "Contoso Portal", "MS-PartnerCenter-Client", "Partner Center .NET SDK",
                "MS-CorrelationId", "6492b9d6-5629-429b-934c-040b1946e760", "MS-RequestId", "25b6edd5-1f53-456b-b48c-c64f60ec2dda",
                "If-Match", "x", "MS-SdkVersion", "1.15.3", "x-ms-client-request-id", "y");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void faultHeaderThrottlesWithTheDocumentedBody() {
        HttpResponse<String> r = get(SUBS + "?top=1", "X-Stub-Fault", "status=429, retry-after=5");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode body = json(r);
        assertThat(body.fieldNames()).toIterable().containsExactly("statusCode", "message");
        assertThat(body.get("statusCode").asInt()).isEqualTo(429);
        assertThat(body.get("message").asText()).isEqualTo("Rate limit is exceeded. Try again in 5 seconds.");
    }

    @Test
    void faultHeaderAnswers400And403And404ForRecordingEveryDocumentedStatus() {
        assertServiceError(get(SUBS + "?top=1", "X-Stub-Fault", "status=400"), 400, 800002);
        assertServiceError(get(SUBS + "?top=1", "X-Stub-Fault", "status=403"), 403, 2032);
        assertServiceError(get(SUBS + "?top=1", "X-Stub-Fault", "404"), 404, 1000);
    }

    @Test
    void faultHeaderAnswers500And503AndAddsLatency() {
        assertServiceError(get(SUBS + "?top=1", "X-Stub-Fault", "status=500"), 500, 800003);
        HttpResponse<String> unavailable = get(SUBS + "?top=1", "X-Stub-Fault", "503");
        assertServiceError(unavailable, 503, 800003);
        assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("57");
        long start = System.nanoTime();
        assertThat(get(SUBS + "?top=1", "X-Stub-Fault", "latency=300").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertServiceError(get(SUBS + "?top=1", "X-Stub-Fault", "status=418"), 400, 800002);
    }

    @Test
    void stubPagesNeedNoToken() {
        HttpResponse<String> spec = get("/openapi.yaml", "Authorization", null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).startsWith("openapi: 3.0.3").contains("operationId: listSubscriptions");
        assertThat(get("/openapi.yaml?servers=stub", "Authorization", null).body()).contains("  - url: " + base() + "\n");
        HttpResponse<String> docs = get("/docs", "Authorization", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui-bundle.js").contains("/openapi.yaml");
        String script = docs.body().replaceAll("(?s).*src=\"([^\"]*swagger-ui-bundle\\.js)\".*", "$1");
        assertThat(get(script, "Authorization", null).statusCode()).as("the reference page's script is served from the jar").isEqualTo(200);
        HttpResponse<String> health = get("/health", "Authorization", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("UP");
    }
}

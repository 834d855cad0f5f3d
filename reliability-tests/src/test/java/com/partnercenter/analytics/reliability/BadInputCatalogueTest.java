package com.partnercenter.analytics.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.reliability.support.Exchange;
import com.partnercenter.analytics.reliability.support.SpecContract;
import com.partnercenter.analytics.reliability.support.StubHttp;
import com.partnercenter.analytics.reliability.support.StubServer;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.partnercenter.analytics.reliability.support.RequestFuzzer.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of bad inputs (issue 6, item 2): each row is one input, the status it must get and a fragment the
 * error description must contain, so that the answer names the problem. Every answer must also be in the service's
 * error shape ({@code ServiceError}, validated against the spec) and never a 5xx.
 */
@ExtendWith(StubServer.class)
class BadInputCatalogueTest {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";
    private static final String AZURE = "/partner/v1/analytics/usage/azure";
    private static final String CUSTOMER_USAGE = "/v1/customers/%s/analytics/licenses/usage";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a row is sent. */
    private static Function<StubHttp, Exchange> get(String target, String... headers) {
        return http -> http.get(target, headers);
    }

    private static Function<StubHttp, Exchange> filter(String filter) {
        return get(SUBS + "?filter=" + encode(filter));
    }

    private static Function<StubHttp, Exchange> raw(String method, String target, byte[] body, String... extraHeaders) {
        return http -> {
            List<String> headers = new java.util.ArrayList<>(List.of("Authorization: " + StubHttp.BEARER));
            headers.addAll(List.of(extraHeaders));
            return http.raw(method, target, headers, body);
        };
    }

    static Stream<Arguments> catalogue() {
        String deep = "(".repeat(10_000) + "customerMarket eq 'US'" + ")".repeat(10_000);
        // one character past the spec's maxLength (65,536), and a filter longer than the request line may be
        String overMaxLength = "customerMarket eq '" + "a".repeat(64 * 1024 + 1 - "customerMarket eq ''".length()) + "'";
        String overRequestLine = "customerMarket eq '" + "a".repeat(300 * 1024) + "'";
        return Stream.of(
                row("unknown field", filter("colour eq 'red'"), 400, "unknown field 'colour'"),
                row("operator not allowed for the field", filter("customerMarket gt 'US'"), 400,
                        "operator 'gt' is not allowed for field 'customerMarket' (allowed: eq, ne)"),
                row("contains on a field that does not take it", filter("contains(customerMarket,'U')"), 400,
                        "operator 'contains' is not allowed for field 'customerMarket' (allowed: eq, ne)"),
                row("a filter on an aggregate count", filter("licenseCount eq 5"), 400, "field 'licenseCount' cannot be filtered"),
                row("unterminated string", filter("customerMarket eq 'US"), 400, "unterminated string"),
                row("unbalanced parentheses: one '(' too many", filter("(customerMarket eq 'US'"), 400, "unbalanced '(' opened at position 1"),
                row("unbalanced parentheses: one ')' too many", filter("customerMarket eq 'US')"), 400, "unbalanced ')'"),
                row("10,000 nested parentheses (no stack overflow)", filter(deep), 400, "parentheses nest deeper than 64 levels"),
                row("a filter one character over the spec's maxLength (65,537)", filter(overMaxLength), 400,
                        "it has 65537 characters; the maximum is 65536 characters"),
                row("a 300 KiB filter (over the request line limit)", filter(overRequestLine), 400, "request line and headers are too large"),
                row("non-numeric top", get(SUBS + "?top=ten"), 400, "Invalid value 'ten' for parameter 'top'"),
                row("hexadecimal top", get(SUBS + "?top=0x10"), 400, "Invalid value '0x10' for parameter 'top'"),
                row("top above the maximum", get(SUBS + "?top=10001"), 400, "must be an integer from 1 to 10000"),
                row("top below the minimum", get(SUBS + "?top=0"), 400, "must be an integer from 1 to 10000"),
                row("top beyond a 32-bit integer", get(SUBS + "?top=99999999999"), 400, "parameter 'top'"),
                row("non-numeric skip", get(SUBS + "?skip=abc"), 400, "Invalid value 'abc' for parameter 'skip'"),
                row("negative skip", get(SUBS + "?skip=-1"), 400, "must be an integer from 0 to 2147483647"),
                row("skip beyond a 32-bit integer", get(SUBS + "?skip=2147483648"), 400, "must be an integer from 0 to 2147483647"),
                row("the OData habit: $filter", get(SUBS + "?$filter=" + encode("customerMarket eq 'US'")), 400,
                        "parameter '$filter' is not a parameter of listSubscriptions (did you mean 'filter'?)"),
                row("the OData habit: $top", get(SUBS + "?$top=5"), 400, "(did you mean 'top'?)"),
                row("an unknown parameter", get(SUBS + "?colour=red"), 400,
                        "parameter 'colour' is not a parameter of listSubscriptions; its parameters are: filter, groupby (also groupBy)"),
                row("an unknown parameter on an operation without parameters", get("/v1/analytics/licenses/usage?colour=red"), 400,
                        "which takes no query parameters"),
                row("aggregationLevel without groupby", get(SUBS + "?aggregationLevel=week"), 400,
                        "aggregationLevel is only supported together with groupby"),
                row("unknown aggregationLevel", get(SUBS + "?groupby=creationDate&aggregationLevel=year"), 400,
                        "must be one of day, week, month"),
                row("unknown groupby field", get(SUBS + "?groupby=colour"), 400, "unknown field 'colour'"),
                row("groupby on a field that cannot be grouped", get(SUBS + "?groupby=licenseCount"), 400,
                        "field 'licenseCount' cannot be grouped"),
                row("malformed customer id", get(String.format(CUSTOMER_USAGE, "not-a-guid")), 400,
                        "Invalid value 'not-a-guid' for parameter 'customer-id': must be a GUID"),
                row("unknown customer id", get(String.format(CUSTOMER_USAGE, "00000000-0000-0000-0000-000000000001")), 404,
                        "customer '00000000-0000-0000-0000-000000000001' does not exist"),
                row("unsupported Accept", get(SUBS + "?top=1", "Accept", "application/xml"), 406,
                        "media type 'application/xml' is not acceptable"),
                row("a body on a GET", raw("GET", SUBS + "?top=1", "{\"top\":1}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type: application/json"), 400, "a GET request must not have a body"),
                row("raw non-ASCII bytes in the request target", raw("GET", SUBS + "?filter=customerName%20eq%20'Müller'", null),
                        400, "Percent-encode"),
                row("a literal with invalid UTF-8 (%C3%28)", get(SUBS + "?filter=customerMarket%20eq%20%27%C3%28%27"), 400, "the query string is not valid UTF-8"),
                row("a NUL character in a literal", filter("customerMarket eq 'a\u0000b'"), 400, "control character U+0000 at position 21"),
                row("a line feed in a literal", filter("customerMarket eq 'a\nb'"), 400, "control character U+000A"),
                row("an escape character in a literal", filter("contains(customerName, 'a\u001bb')"), 400, "control character U+001B"),
                row("a bad percent-escape (%zz)", raw("GET", SUBS + "?filter=%zz", null), 400, "cannot be decoded"),
                row("raw spaces in the request target", raw("GET", SUBS + "?filter=customerMarket eq 'US'", null), 400,
                        "Percent-encode spaces"),
                row("a parameter given twice", get(SUBS + "?top=5&top=6"), 400, "parameter 'top' is given 2 times"),
                row("a parameter of another operation", get(SUBS + "?orderby=id"), 400,
                        "parameter 'orderby' is not supported by listSubscriptions"),
                row("a malformed MS-RequestId", get(SUBS + "?top=1", "MS-RequestId", "not-a-guid"), 400, "MS-RequestId"),
                row("a number compared with a date field", filter("creationDate ge 12"), 400, "date"),
                row("a boolean field compared with a string", filter("autoRenewEnabled eq 'maybe'"), 400, "boolean"),
                row("a bad date literal", filter("creationDate ge cast('2018-13-01', Edm.DateTimeOffset)"), 400, "2018-13-01"));
    }

    /** Not a bad input: non-ASCII text, percent-encoded as UTF-8, is data (customer names have umlauts). */
    @org.junit.jupiter.api.Test
    void nonAsciiTextInALiteralPercentEncodedAsUtf8IsData() {
        Exchange e = new StubHttp(StubServer.baseUrl()).get(SUBS + "?filter=" + encode("contains(customerName, 'Müller 東京 😀')"));

        assertThat(e.status()).as(e.describe()).isEqualTo(200);
        assertThat(new SpecContract(AnalyticsSpec.bundled()).problems(AnalyticsSpec.bundled().operation("listSubscriptions").orElseThrow(), e))
                .isEmpty();
    }

    private static Arguments row(String name, Function<StubHttp, Exchange> send, int status, String fragment) {
        return Arguments.of(name, send, status, fragment);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("catalogue")
    void eachBadInputGetsItsStatusInTheServiceErrorShapeNamingTheProblem(String name, Function<StubHttp, Exchange> send,
                                                                         int status, String fragment) throws Exception {
        Exchange e = send.apply(new StubHttp(StubServer.baseUrl()));

        assertThat(e.status()).as(e.describe()).isEqualTo(status);
        assertThat(new SpecContract(AnalyticsSpec.bundled()).serviceErrorProblems(e)).as(e.describe()).isEmpty();
        JsonNode body = JSON.readTree(e.body());
        assertThat(body.path("description").asText()).as(e.describe()).contains(fragment);
        assertThat(e.body()).as("no stack trace or exception name").doesNotContain("Exception", "\tat ", ".java:");
    }
}

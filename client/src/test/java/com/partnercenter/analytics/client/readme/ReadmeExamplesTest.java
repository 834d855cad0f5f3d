package com.partnercenter.analytics.client.readme;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's usage code is {@link ReadmeExamples}: this test checks that README.md shows every tagged region
 * verbatim (so the README cannot drift from code the build compiles) and runs each region against WireMock.
 */
class ReadmeExamplesTest {
    private static final Path SOURCE = Path.of("src/readme/java/com/partnercenter/analytics/client/readme/ReadmeExamples.java");
    private static final Path README = Path.of("README.md");
    private static final Pattern REGION = Pattern.compile("(?s)// tag::([a-z-]+)\\[]\\n(.*?)\\n[ \\t]*// end::\\1\\[]");

    @RegisterExtension
    static WireMockExtension server = ClientFixture.wireMock();

    private PartnerCenterAnalyticsClient client;

    @BeforeEach
    void setUp() {
        client = ReadmeExamples.buildClient(server.baseUrl(), () -> "token-from-your-identity-library");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION.matcher(Files.readString(SOURCE));
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", out);
    }

    @Test
    void theReadmeShowsEveryTaggedRegionVerbatim() throws IOException {
        Map<String, String> regions = regions();
        String readme = Files.readString(README);

        assertThat(regions.keySet()).containsExactly("build-client", "filter", "group-by-month", "stream-all", "resume", "errors",
                "raw-response", "request-options", "async");
        regions.forEach((tag, code) -> assertThat(readme).as("README.md shows region %s", tag).contains("```java\n" + code + "\n```"));
    }

    @Test
    void theClientSendsTheConfiguredHeaders() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals"))
                .withHeader("Authorization", equalTo("Bearer token-from-your-identity-library"))
                .withHeader("MS-PartnerCenter-Application", equalTo("Contoso Partner Portal"))
                .withHeader("X-Locale", equalTo("en-US"))
                .willReturn(okForContentType("application/json", SpecExamples.json("ReferralPageAll"))));

        assertThat(ReadmeExamples.handleErrors(client)).isEqualTo("ok");
    }

    @Test
    void listSubscriptionsWithAFilterSendsTheEscapedFilter() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/subscriptions"))
                .withQueryParam("filter", equalTo("customerMarket eq 'US' and autoRenewEnabled eq true and contains(customerName,'O''Brien')"))
                .withQueryParam("top", equalTo("100"))
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageFiltered"))));

        assertThat(ReadmeExamples.listSubscriptionsWithAFilter(client)).extracting(Subscription::getCustomerName).containsExactly("SURFACE TEST2");
    }

    @Test
    void groupByMonthReadsTheGroupedCounts() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/subscriptions"))
                .withQueryParam("groupby", equalTo("creationDate,subscriptionType"))
                .withQueryParam("aggregationLevel", equalTo("month"))
                .withQueryParam("filter", equalTo("creationDate ge cast('2024-01-01', Edm.DateTimeOffset)"))
                .willReturn(okForContentType("application/json", "{\"Value\":["
                        + "{\"creationDate\":\"2024-01-01T00:00:00\",\"subscriptionType\":\"Azure\",\"subscriptionCount\":\"12\",\"licenseCount\":\"0\"},"
                        + "{\"creationDate\":\"2024-02-01T00:00:00\",\"subscriptionType\":\"Office\",\"subscriptionCount\":\"3\",\"licenseCount\":\"40\"}],"
                        + "\"@nextLink\":null,\"TotalCount\":2}")));

        assertThat(ReadmeExamples.groupByMonth(client)).containsExactly(
                "2024-01-01 Azure: 12 subscriptions", "2024-02-01 Office: 3 subscriptions");
    }

    @Test
    void streamAllRowsSumsEveryPage() {
        String path = "/partner/v1/analytics/usage/azure";
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("skip", absent()).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"quantity\":20},{\"quantity\":22}],\"@nextLink\":\"" + server.baseUrl() + path
                        + "?filter=meterCategory%20eq%20%27Virtual%20Machines%27&skip=2\",\"TotalCount\":3}")));
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("skip", equalTo("2"))
                .withQueryParam("filter", equalTo("meterCategory eq 'Virtual Machines'"))
                .willReturn(okForContentType("application/json", "{\"Value\":[{\"quantity\":100.25}],\"@nextLink\":null,\"TotalCount\":3}")));

        assertThat(ReadmeExamples.streamAllRows(client)).isEqualByComparingTo("142.25");
    }

    @Test
    void stopAndResumeHandlesEveryRowOnce() {
        String path = "/partner/v1/analytics/subscriptions";
        for (int skip = 0; skip < 3; skip++) {
            String next = skip < 2 ? "\"" + path + "?top=1000&skip=" + ((skip + 1) * 1000) + "\"" : "null";
            server.stubFor(get(urlPathEqualTo(path)).withQueryParam("skip", skip == 0 ? absent() : equalTo(Integer.toString(skip * 1000)))
                    .willReturn(okForContentType("application/json", "{\"Value\":[{\"id\":\"S" + skip + "\"}],\"@nextLink\":" + next + ",\"TotalCount\":3}")));
        }

        assertThat(ReadmeExamples.stopAndResume(client, 1)).containsExactly("S0", "S1", "S2");
    }

    @Test
    void handleErrorsReportsABadRequest() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":800002,\"description\":\"Invalid filter\",\"data\":[\"filter\"],\"source\":\"PartnerFD\"}")));

        assertThat(ReadmeExamples.handleErrors(client)).isEqualTo("rejected: code 800002, Invalid filter [filter]");
    }

    @Test
    void handleErrorsReportsThrottlingWithRetryAfterOnceTheRetriesAreSpent() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/referrals")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "600").withBody(SpecExamples.json("ErrorRateLimitExceeded"))));

        // Retry-After (10 minutes) is beyond the default 2-minute budget, so the client gives up at once.
        assertThat(ReadmeExamples.handleErrors(client)).isEqualTo("throttled, retry after 600 s");
    }

    @Test
    void rawResponseListsTheAttemptsWithTheirRetryAfter() {
        String path = "/partner/v1/analytics/subscriptions";
        server.stubFor(get(urlPathEqualTo(path)).inScenario("r").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(SpecExamples.json("ErrorRateLimitExceeded")))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(path)).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))
                        .withHeader("MS-RequestId", "rid-1").withHeader("MS-CV", "cv-1")));

        assertThat(ReadmeExamples.rawResponse(client, com.partnercenter.analytics.client.query.AnalyticsQuery.all()))
                .containsExactly("attempt 1: HTTP 429, Retry-After 1 s", "attempt 2: HTTP 200", "200 rid-1 cv-1 1 rows");
    }

    @Test
    void requestOptionsAreSentOnEveryPage() {
        java.util.UUID job = java.util.UUID.randomUUID();
        String path = "/partner/v1/analytics/subscriptions";
        server.stubFor(get(urlPathEqualTo(path)).withHeader("MS-CorrelationId", equalTo(job.toString()))
                .withHeader("X-Locale", equalTo("de-DE"))
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))));

        assertThat(ReadmeExamples.requestOptions(client, com.partnercenter.analytics.client.query.AnalyticsQuery.all(), job)).isEqualTo(1);
    }

    @Test
    void theAsyncExampleWaitsForAPageEveryRowAndAPass() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/subscriptions"))
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))));
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/usage/azure"))
                .willReturn(okForContentType("application/json", SpecExamples.json("AzureUsagePageAll"))));

        assertThat(ReadmeExamples.async(client, com.partnercenter.analytics.client.query.AnalyticsQuery.all()))
                .containsExactly("1 subscriptions", "1 usage rows", "[1] page sizes");
    }
}

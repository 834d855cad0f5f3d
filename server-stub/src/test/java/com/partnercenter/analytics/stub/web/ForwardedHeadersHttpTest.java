package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer (server.forward-headers-strategy=framework, the default): the forwarded headers give every
 * URL the stub writes the host, scheme, port and prefix the client used; without them nothing changes.
 */
class ForwardedHeadersHttpTest extends HttpTestBase {
    private static final String PAGE = "/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=2";
    private static final String NEXT_PATH_AND_QUERY = "/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=2&skip=2";

    private String nextLink(String... headers) {
        HttpResponse<String> r = get(PAGE, headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode link = json(r).get("@nextLink");
        assertThat(link).as("a page with more rows has a @nextLink").isNotNull();
        return link.asText();
    }

    @Test
    void withoutForwardedHeadersTheLinkIsTheAddressTheRequestReached() {
        assertThat(nextLink()).isEqualTo(base() + NEXT_PATH_AND_QUERY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "X-Forwarded-Host|stub.example.com|http://stub.example.com",
            "X-Forwarded-Host|stub.example.com:8443|http://stub.example.com:8443",
            "Forwarded|host=stub.example.com|http://stub.example.com",
            "Forwarded|host=stub.example.com;proto=https|https://stub.example.com",
            "Forwarded|for=10.0.0.1;host=\"stub.example.com:9443\";proto=https|https://stub.example.com:9443",
    })
    void oneHeaderGivesThePublicOrigin(String header, String value, String origin) {
        assertThat(nextLink(header, value)).isEqualTo(origin + NEXT_PATH_AND_QUERY);
    }

    @Test
    void hostProtoAndPortCombine() {
        assertThat(nextLink("X-Forwarded-Host", "stub.example.com", "X-Forwarded-Proto", "https"))
                .isEqualTo("https://stub.example.com" + NEXT_PATH_AND_QUERY);
        assertThat(nextLink("X-Forwarded-Host", "stub.example.com", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "8443"))
                .isEqualTo("https://stub.example.com:8443" + NEXT_PATH_AND_QUERY);
        assertThat(nextLink("X-Forwarded-Host", "stub.example.com", "X-Forwarded-Port", "80"))
                .as("the scheme's default port is not written").isEqualTo("http://stub.example.com" + NEXT_PATH_AND_QUERY);
    }

    @Test
    void thePrefixGoesBeforeThePath() {
        assertThat(nextLink("X-Forwarded-Host", "lb.example.com", "X-Forwarded-Prefix", "/partner-center"))
                .isEqualTo("http://lb.example.com/partner-center" + NEXT_PATH_AND_QUERY);
    }

    @Test
    void theLinkLeadsToTheNextPageThroughTheSameProxy() {
        // the proxy strips its prefix and forwards; following the link's path and query after the prefix gives page 2
        String link = nextLink("X-Forwarded-Host", "lb.example.com", "X-Forwarded-Prefix", "/pc");
        String forwarded = link.substring("http://lb.example.com/pc".length());
        HttpResponse<String> second = get(forwarded, "X-Forwarded-Host", "lb.example.com", "X-Forwarded-Prefix", "/pc");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("@nextLink").asText()).startsWith("http://lb.example.com/pc/partner/").endsWith("&skip=4");
    }

    @Test
    void theStubsOwnPagesUseThePublicAddressToo() {
        String[] proxy = {"Authorization", null, "X-Forwarded-Host", "stub.example.com", "X-Forwarded-Proto", "https",
                "X-Forwarded-Prefix", "/pc"};
        assertThat(get("/openapi.yaml?servers=stub", proxy).body()).contains("  - url: https://stub.example.com/pc\n");
        String docs = get("/docs", proxy).body();
        assertThat(docs).contains("url: '/pc/openapi.yaml?servers=stub'").contains("href=\"/pc/webjars/swagger-ui/");
        assertThat(get("/", proxy).headers().firstValue("Location")).hasValue("/pc/docs");
        assertThat(get("/", "Authorization", null).headers().firstValue("Location")).hasValue("/docs");
    }

    @Test
    void aMalformedForwardedPortIsTheServicesBadRequestNotA500() {
        HttpResponse<String> r = get(PAGE, "X-Forwarded-Host", "stub.example.com", "X-Forwarded-Port", "eighty");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("source").asText()).isEqualTo("PartnerFD");
    }
}

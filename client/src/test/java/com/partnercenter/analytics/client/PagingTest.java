package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One page with TotalCount and next link; every row across pages, lazily, resumable from a saved link. */
class PagingTest extends WireMockClientTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";
    private static final String FILTER = "customerMarket eq 'US'";

    private static String rows(int from, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add("{\"id\":\"SUB-" + i + "\",\"customerMarket\":\"US\",\"licenseCount\":" + i + "}");
        }
        return String.join(",", rows);
    }

    private static String page(int from, int count, long total, String nextLink) {
        return "{\"Value\":[" + rows(from, count) + "],\"@nextLink\":" + (nextLink == null ? "null" : "\"" + nextLink + "\"")
                + ",\"TotalCount\":" + total + "}";
    }

    private static String link(String base, int skip) {
        return base + PATH + "?filter=customerMarket%20eq%20%27US%27&top=2&skip=" + skip;
    }

    /** Three pages of 2, 2 and 1 rows whose next links are absolute URLs of the stub itself. */
    private static void threePagesWithAbsoluteLinks() {
        String base = server.baseUrl();
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("filter", equalTo(FILTER)).withQueryParam("top", equalTo("2"))
                .withQueryParam("skip", absent())
                .willReturn(okForContentType("application/json", page(0, 2, 5, link(base, 2)))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("filter", equalTo(FILTER)).withQueryParam("top", equalTo("2"))
                .withQueryParam("skip", equalTo("2"))
                .willReturn(okForContentType("application/json", page(2, 2, 5, link(base, 4)))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("filter", equalTo(FILTER)).withQueryParam("top", equalTo("2"))
                .withQueryParam("skip", equalTo("4"))
                .willReturn(okForContentType("application/json", page(4, 1, 5, null))));
    }

    private static AnalyticsQuery usTop2() {
        return AnalyticsQuery.builder().filter(Filters.field("customerMarket").eq("US")).top(2).build();
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void onePageCarriesItsTotalCountAndNextLink() {
        threePagesWithAbsoluteLinks();

        Page<Subscription> first = client.subscriptions().list(usTop2());

        assertThat(first.items()).extracting(Subscription::getId).containsExactly("SUB-0", "SUB-1");
        assertThat(first.totalCount()).hasValue(5);
        assertThat(first.nextLink()).hasValue(link(server.baseUrl(), 2));
        assertThat(first.query()).containsEntry("filter", FILTER).containsEntry("top", "2");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void listAllFollowsTheNextLinkAcrossThreePages() {
        threePagesWithAbsoluteLinks();

        List<String> ids = client.subscriptions().listAll(usTop2()).stream().map(Subscription::getId).toList();

        assertThat(ids).containsExactly("SUB-0", "SUB-1", "SUB-2", "SUB-3", "SUB-4");
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(3);
        assertThat(sent).extracting(r -> r.getHeader("MS-RequestId")).doesNotHaveDuplicates();
        assertThat(sent).extracting(r -> r.getHeader("MS-CorrelationId")).as("one pass, one correlation id").containsOnly(sent.get(0).getHeader("MS-CorrelationId"));
        assertThat(sent.get(2).getUrl()).contains("filter=customerMarket%20eq%20%27US%27", "top=2", "skip=4");
    }

    @Test
    void pagesAreFetchedLazily() {
        threePagesWithAbsoluteLinks();

        PagedIterable<Subscription> all = client.subscriptions().listAll(usTop2());
        assertThat(requests()).as("nothing is sent before iterating").isEmpty();

        Iterator<Subscription> rows = all.iterator();
        assertThat(rows.next().getId()).isEqualTo("SUB-0");
        assertThat(rows.next().getId()).isEqualTo("SUB-1");
        assertThat(requests()).hasSize(1);
        assertThat(rows.next().getId()).isEqualTo("SUB-2");
        assertThat(requests()).hasSize(2);

        assertThat(client.subscriptions().listAll(usTop2()).stream().limit(1).toList()).hasSize(1);
        assertThat(requests()).as("a stream limited to the first page asks for one page").hasSize(3);
    }

    @Test
    void aSavedNextLinkResumesWhereThePreviousRunStopped() {
        threePagesWithAbsoluteLinks();
        String saved = null;
        for (Page<Subscription> p : client.subscriptions().listAll(usTop2()).pages()) {
            saved = p.nextLink().orElse(null);
            break; // the process stops after the first page
        }
        server.resetRequests();

        List<String> rest = client.subscriptions().listAllFrom(saved).stream().map(Subscription::getId).toList();
        Page<Subscription> single = client.subscriptions().page(saved);

        assertThat(rest).containsExactly("SUB-2", "SUB-3", "SUB-4");
        assertThat(single.items()).extracting(Subscription::getId).containsExactly("SUB-2", "SUB-3");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void aRelativeNextLinkIsResolvedAgainstTheBaseUrl() {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", absent())
                .willReturn(okForContentType("application/json", page(0, 2, 3, PATH + "?top=2&skip=2"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("skip", equalTo("2")).withQueryParam("top", equalTo("2"))
                .willReturn(okForContentType("application/json", page(2, 1, 3, null))));

        List<String> ids = client.subscriptions().listAll(AnalyticsQuery.builder().top(2).build()).stream().map(Subscription::getId).toList();

        assertThat(ids).containsExactly("SUB-0", "SUB-1", "SUB-2");
    }

    @Test
    void withoutANextLinkTopAndSkipContinueWhileTotalCountSaysMoreRowsMatch() {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("top", equalTo("2")).withQueryParam("skip", absent())
                .willReturn(okForContentType("application/json", page(0, 2, 5, null))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("top", equalTo("2")).withQueryParam("skip", equalTo("2"))
                .willReturn(okForContentType("application/json", page(2, 2, 5, null))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("top", equalTo("2")).withQueryParam("skip", equalTo("4"))
                .willReturn(okForContentType("application/json", page(4, 1, 5, null))));

        List<Page<Subscription>> pages = client.subscriptions().listAll(AnalyticsQuery.builder().top(2).build()).streamPages().toList();

        assertThat(pages).hasSize(3);
        assertThat(pages).flatExtracting(Page::items).extracting(Subscription::getId)
                .containsExactly("SUB-0", "SUB-1", "SUB-2", "SUB-3", "SUB-4");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void anEmptyPageEndsTheIterationWhateverTheLinkSays() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okForContentType("application/json",
                "{\"Value\":[],\"@nextLink\":\"" + PATH + "?skip=10\",\"TotalCount\":99}")));

        assertThat(client.subscriptions().listAll().stream().toList()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aNextLinkOfAnotherOperationIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.subscriptions().page("https://api.partnercenter.microsoft.com/partner/v1/analytics/referrals?skip=2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listSubscriptions");
        assertThat(requests()).isEmpty();
    }

    @Test
    void eachPassOverListAllStartsAgainFromTheFirstPage() {
        threePagesWithAbsoluteLinks();
        PagedIterable<Subscription> all = client.subscriptions().listAll(usTop2());

        assertThat(all.stream().count()).isEqualTo(5);
        assertThat(all.stream().count()).isEqualTo(5);
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(6);
        assertThat(sent.subList(0, 3)).extracting(r -> r.getHeader("MS-CorrelationId")).containsOnly(sent.get(0).getHeader("MS-CorrelationId"));
        assertThat(sent.subList(3, 6)).extracting(r -> r.getHeader("MS-CorrelationId")).containsOnly(sent.get(3).getHeader("MS-CorrelationId"));
        assertThat(sent.get(3).getHeader("MS-CorrelationId")).as("each pass has its own correlation id")
                .isNotEqualTo(sent.get(0).getHeader("MS-CorrelationId"));
    }
}

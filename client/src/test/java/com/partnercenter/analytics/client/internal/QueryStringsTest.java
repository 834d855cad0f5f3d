package com.partnercenter.analytics.client.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryStringsTest {
    private static final List<String> SUBSCRIPTIONS = List.of("/partner/v1/analytics/subscriptions");
    private static final List<String> DEPLOYMENTS = List.of("/partner/v1/analytics/commercial/deployment/license",
            "/v1/analytics/commercial/deployment/license/");

    @Test
    void anAbsoluteNextLinkGivesItsDecodedQuery() {
        Map<String, String> q = QueryStrings.nextLinkQuery(
                "https://api.partnercenter.microsoft.com/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=100&skip=100",
                "listSubscriptions", SUBSCRIPTIONS);

        assertThat(q).containsExactly(Map.entry("filter", "customerMarket eq 'US'"), Map.entry("top", "100"), Map.entry("skip", "100"));
    }

    @Test
    void relativeLinksUnencodedSpacesAliasesAndTrailingSlashesAreAccepted() {
        assertThat(QueryStrings.nextLinkQuery("/partner/v1/analytics/subscriptions?filter=autoRenewEnabled eq true&skip=2",
                "listSubscriptions", SUBSCRIPTIONS)).containsEntry("filter", "autoRenewEnabled eq true").containsEntry("skip", "2");
        assertThat(QueryStrings.nextLinkQuery("?skip=4", "listSubscriptions", SUBSCRIPTIONS)).containsExactly(Map.entry("skip", "4"));
        assertThat(QueryStrings.nextLinkQuery("https://h/v1/analytics/commercial/deployment/license/?skip=1",
                "listLicenseDeployments", DEPLOYMENTS)).containsExactly(Map.entry("skip", "1"));
        assertThat(QueryStrings.nextLinkQuery("http://proxy.example/pc/partner/v1/analytics/subscriptions/?skip=9",
                "listSubscriptions", SUBSCRIPTIONS)).containsExactly(Map.entry("skip", "9"));
    }

    @Test
    void aLinkToAnotherOperationIsRefused() {
        assertThatThrownBy(() -> QueryStrings.nextLinkQuery("/partner/v1/analytics/referrals?skip=2", "listSubscriptions", SUBSCRIPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a link of listSubscriptions");
        assertThatThrownBy(() -> QueryStrings.nextLinkQuery(" ", "listSubscriptions", SUBSCRIPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

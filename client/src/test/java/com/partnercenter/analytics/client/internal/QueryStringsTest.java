package com.partnercenter.analytics.client.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryStringsTest {
    private static final List<String> SUBSCRIPTIONS = List.of("/partner/v1/analytics/subscriptions");
    private static final List<String> DEPLOYMENTS = List.of("/partner/v1/analytics/commercial/deployment/license",
            "/v1/analytics/commercial/deployment/license/");

    @Test
    void everythingButUnreservedCharactersIsPercentEncoded() {
        assertThat(QueryStrings.encode("customerName eq 'O''Brien'")).isEqualTo("customerName%20eq%20%27O%27%27Brien%27");
        assertThat(QueryStrings.encode("a+b,c(d)&e=f%g/h?i#j")).isEqualTo("a%2Bb%2Cc%28d%29%26e%3Df%25g%2Fh%3Fi%23j");
        assertThat(QueryStrings.encode("Zürich ✓")).isEqualTo("Z%C3%BCrich%20%E2%9C%93");
        assertThat(QueryStrings.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    }

    @Test
    void decodingReadsPlusAsASpaceAndKeepsAStrayPercent() {
        assertThat(QueryStrings.decode("a+b%2Bc")).isEqualTo("a b+c");
        assertThat(QueryStrings.decode("100%")).isEqualTo("100%");
        assertThat(QueryStrings.decode("%zz")).isEqualTo("%zz");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 2024, 65537, 8675309})
    void encodeThenDecodeGivesBackAnyText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            while (text.length() < length) {
                int codePoint = switch (random.nextInt(4)) {
                    case 0 -> 0x20 + random.nextInt(0x5F);          // printable ASCII, quotes, % and + included
                    case 1 -> 0xA0 + random.nextInt(0x700);         // Latin, Greek, Cyrillic
                    case 2 -> 0x4E00 + random.nextInt(0x100);       // CJK
                    default -> 0x1F300 + random.nextInt(0x100);     // outside the BMP (surrogate pairs)
                };
                text.appendCodePoint(codePoint);
            }
            String encoded = QueryStrings.encode(text.toString());
            assertThat(encoded).matches("[A-Za-z0-9\\-._~%]*");
            assertThat(QueryStrings.decode(encoded)).isEqualTo(text.toString());
        }
    }

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

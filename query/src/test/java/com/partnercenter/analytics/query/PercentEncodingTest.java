package com.partnercenter.analytics.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PercentEncodingTest {
    @Test
    void everythingButUnreservedCharactersIsPercentEncoded() {
        assertThat(PercentEncoding.encode("customerName eq 'O''Brien'")).isEqualTo("customerName%20eq%20%27O%27%27Brien%27");
        assertThat(PercentEncoding.encode("a+b,c(d)&e=f%g/h?i#j")).isEqualTo("a%2Bb%2Cc%28d%29%26e%3Df%25g%2Fh%3Fi%23j");
        assertThat(PercentEncoding.encode("Zürich ✓")).isEqualTo("Z%C3%BCrich%20%E2%9C%93");
        assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    }

    /** The stub's next links keep {@code groupby=a,b} readable, as the recorded fixtures show; nothing else differs. */
    @Test
    void theNextLinkFormKeepsOnlyTheCommaLiteral() {
        assertThat(PercentEncoding.encodeKeepingCommas("subscriptionType,creationDate")).isEqualTo("subscriptionType,creationDate");
        assertThat(PercentEncoding.encodeKeepingCommas("usageDate desc,meterCategory")).isEqualTo("usageDate%20desc,meterCategory");
        assertThat(PercentEncoding.encodeKeepingCommas("a+b,c(d)&e=f%g/h?i#j")).isEqualTo("a%2Bb,c%28d%29%26e%3Df%25g%2Fh%3Fi%23j");
        assertThat(PercentEncoding.encodeKeepingCommas("Zürich ✓ 'x'")).isEqualTo("Z%C3%BCrich%20%E2%9C%93%20%27x%27");
    }

    @Test
    void decodingReadsPlusAsASpaceAndKeepsAStrayPercent() {
        assertThat(PercentEncoding.decode("a+b%2Bc")).isEqualTo("a b+c");
        assertThat(PercentEncoding.decode("100%")).isEqualTo("100%");
        assertThat(PercentEncoding.decode("%zz")).isEqualTo("%zz");
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
            String encoded = PercentEncoding.encode(text.toString());
            assertThat(encoded).matches("[A-Za-z0-9\\-._~%]*");
            assertThat(PercentEncoding.decode(encoded)).isEqualTo(text.toString());
            String keepingCommas = PercentEncoding.encodeKeepingCommas(text.toString());
            assertThat(keepingCommas).matches("[A-Za-z0-9\\-._~%,]*").isEqualTo(encoded.replace("%2C", ","));
            assertThat(PercentEncoding.decode(keepingCommas)).isEqualTo(text.toString());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "filter=customerMarket%20eq%20%27US%27  | -1",
            "filter=Z%C3%BCrich                     | -1",
            "filter=%E2%9C%93%F0%9F%8C%80            | -1",
            "no escapes at all                      | -1",
            "100%                                   | -1",
            "a=%zz                                  | -1",
            "filter=customerMarket%20eq%20'%C3%28'  | 30",
            "%FF                                    | 0",
            "x=%C3                                  | 2",
            "ok=%C3%BC&bad=%E2%9C                   | 14",
    })
    void theFirstRunOfEncodedBytesThatIsNotUtf8IsFound(String encoded, int index) {
        assertThat(PercentEncoding.firstMalformedUtf8(encoded.trim())).isEqualTo(index);
    }
}

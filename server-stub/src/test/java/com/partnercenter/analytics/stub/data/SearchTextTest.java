package com.partnercenter.analytics.stub.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One search over the joined values finds exactly the values that {@link String#contains} finds one by one. */
class SearchTextTest {
    private static boolean[] oneByOne(String[] values, String needle) {
        boolean[] hit = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            hit[i] = values[i].contains(needle);
        }
        return hit;
    }

    private static void assertSame(String[] values, String needle) {
        assertThat(new SearchText(values, values.length).containing(needle)).as("needle '%s'", needle)
                .containsExactly(oneByOne(values, needle));
    }

    @Test
    void matchesAtEitherEndOfAValueInConsecutiveValuesAndNeverAcrossTwo() {
        String[] values = {"Contoso", "Fabrikam Contoso", "ContosoContoso", "", "soCon", "Con", "toso", "Contoso Ltd"};
        for (String needle : new String[]{"Contoso", "Con", "toso", "soCon", "oC", "Contoso Ltd", "x", "ContosoContosoC"}) {
            assertSame(values, needle);
        }
        assertThat(new SearchText(values, values.length).containing("toCon")).as("'to' ends one value, 'Con' starts the next")
                .containsExactly(false, false, false, false, false, false, false, false);
    }

    @Test
    void emptyNeedleAndSeparatorCharactersTakeTheValueByValuePath() {
        String[] values = {"a\u0000b", "ab", "", "b\u0000"};
        assertSame(values, "");
        assertSame(values, "\u0000");
        assertSame(values, "a\u0000b");
        assertSame(values, "b");
    }

    @Test
    void onlyTheFirstSizeValuesAreSearched() {
        String[] values = {"alpha", "beta", "alphabet", null};
        assertThat(new SearchText(values, 3).containing("alpha")).containsExactly(true, false, true);
        assertThat(new SearchText(new String[0], 0).containing("a")).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261208, 42, 7, 99, 1234567})
    void randomValuesAndNeedlesAgreeWithStringContains(long seed) {
        Random random = new Random(seed);
        String alphabet = "abAB \u0000";
        String[] values = new String[random.nextInt(200)];
        for (int i = 0; i < values.length; i++) {
            values[i] = randomText(random, alphabet, random.nextInt(8));
        }
        SearchText text = new SearchText(values, values.length);
        for (int n = 0; n < 100; n++) {
            String needle = randomText(random, alphabet, 1 + random.nextInt(4));
            assertThat(text.containing(needle)).as("seed %d, needle '%s'", seed, needle).containsExactly(oneByOne(values, needle));
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}

package com.partnercenter.analytics.query;

import com.partnercenter.analytics.spec.FilterOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Printing a filter and parsing the text again gives the same filter, for seeded random filters. */
class FilterRoundTripTest {
    private static final String[] FIELDS = {"customerName", "customerMarket", "licenseCount", "creationDate", "autoRenewEnabled"};
    private static final String ALPHABET = "abcXYZ '' ()=,.-_é東";

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void printThenParseIsTheIdentity(long seed) {
        Random random = new Random(seed);
        FilterExpression original = randomExpression(random, 3);
        String printed = original.toFilterString();
        FilterExpression reparsed = FilterParser.parse(printed);
        assertThat(reparsed.toFilterString()).isEqualTo(printed);
        assertThat(strip(reparsed)).isEqualTo(strip(original));
    }

    private static FilterExpression randomExpression(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            String field = FIELDS[random.nextInt(FIELDS.length)];
            if (random.nextInt(6) == 0) {
                return Filters.contains(field, randomText(random));
            }
            FilterOperator op = FilterOperator.values()[random.nextInt(6)];
            Object value = switch (random.nextInt(5)) {
                case 0 -> randomText(random);
                case 1 -> random.nextBoolean();
                case 2 -> BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(3));
                case 3 -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(random.nextInt(1_700_000_000)), ZoneOffset.UTC);
                default -> null;
            };
            return Filters.field(field).compare(op, value);
        }
        List<FilterExpression> operands = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            operands.add(randomExpression(random, depth - 1));
        }
        return random.nextBoolean() ? FilterExpression.And.of(operands) : FilterExpression.Or.of(operands);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The canonical text is the structural identity (positions differ between built and parsed trees). */
    private static String strip(FilterExpression expression) {
        return expression.toFilterString();
    }
}

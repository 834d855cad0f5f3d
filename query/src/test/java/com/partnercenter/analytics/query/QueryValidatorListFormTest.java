package com.partnercenter.analytics.query;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code groupby} and {@code orderby} given as lists (as the client's query builder holds them) are validated exactly
 * like their comma-joined text: the same fields in the same order, or the same error at the same position. Seeded
 * random lists mix valid, unknown, repeated, blank and comma-holding entries.
 */
class QueryValidatorListFormTest {
    private static final QueryValidator SUBSCRIPTIONS = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listSubscriptions"));
    private static final QueryValidator SEARCH = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listSearchAnalytics"));
    private static final String[] WORDS = {"customerMarket", "subscriptionType", "creationDate", "status", "licenseCount",
            "colour", "CustomerMarket", "", " ", "status,customerMarket", "productName ", " autoRenewEnabled", "id,",
            "customerName desc", "creationDate asc", "status DESC", "status sideways", "a b c"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    private static List<String> randomList(long seed) {
        Random random = new Random(seed);
        List<String> list = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return list;
    }

    /** The outcome as comparable text: the result, or the exception's class, parameter, position, token, reason. */
    private static String outcome(Function<Void, Object> call) {
        try {
            return "ok " + call.apply(null);
        } catch (QueryException e) {
            return e.getClass().getSimpleName() + " " + e.parameter() + "@" + e.position() + " '" + e.token() + "' " + e.reason();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGroupByListIsValidatedLikeItsJoinedText(long seed) {
        List<String> fields = randomList(seed);
        for (QueryValidator validator : List.of(SUBSCRIPTIONS, SEARCH)) {
            assertThat(outcome(v -> validator.groupBy(fields)))
                    .as("groupby %s", fields)
                    .isEqualTo(outcome(v -> validator.groupBy(String.join(",", fields))));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anOrderByListIsValidatedLikeItsJoinedText(long seed) {
        List<String> keys = randomList(seed);
        for (QueryValidator validator : List.of(SUBSCRIPTIONS, SEARCH)) {
            assertThat(outcome(v -> validator.orderBy(keys)))
                    .as("orderby %s", keys)
                    .isEqualTo(outcome(v -> validator.orderBy(String.join(",", keys))));
        }
    }
}

package com.partnercenter.analytics.stub.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Selecting the k smallest gives the first k of the stable sort, for any sizes and many ties (seeded inputs). */
class IntSortTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theKSmallestAreTheFirstKOfTheStableSort(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(0, 3_000);
        int k = random.nextInt(0, n + 2);
        int[] values = new int[n];
        int distinct = 1 + random.nextInt(50); // few distinct values: ties everywhere
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(distinct);
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = n - 1 - i; // not in row order, so the tie-break has work to do
        }
        IntSort.IntComparator byValueThenRow = (a, b) -> {
            int c = Integer.compare(values[a], values[b]);
            return c != 0 ? c : Integer.compare(a, b);
        };

        int[] sorted = rows.clone();
        IntSort.sort(sorted, 0, n, byValueThenRow);
        int[] smallest = IntSort.smallest(rows.clone(), n, k, byValueThenRow);

        assertThat(smallest).containsExactly(Arrays.copyOf(sorted, Math.min(k, n)));
    }
}
